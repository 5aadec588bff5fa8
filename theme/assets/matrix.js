// Filters for the matrices; without this script the role pages answer the same questions.
(function () {
  "use strict";
  var form = document.querySelector(".matrix-filters");
  if (!form) return;
  var table = document.querySelector("table.matrix");
  var niveau = form.querySelector("#filter-niveau");
  var rol = form.querySelector("#filter-rol");
  var orgaan = form.querySelector("#filter-orgaan");
  var recht = form.querySelector("#filter-recht");
  var status = form.querySelector(".filter-status");
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  function value(select) { return select ? select.value : ""; }

  function kolomZichtbaar(cel) {
    var r = value(rol) || value(orgaan);
    return (!value(niveau) || cel.dataset.niveau === value(niveau)) && (!r || cel.dataset.rol === r);
  }

  function toepassen() {
    table.querySelectorAll("[data-rol]").forEach(function (cel) { cel.hidden = !kolomZichtbaar(cel); });
    table.querySelectorAll("th.groep").forEach(function (kop) {
      kop.hidden = !!value(niveau) && kop.dataset.niveau !== value(niveau);
    });
    var rijen = 0;
    table.querySelectorAll("tr.kaart-rij").forEach(function (rij) {
      var cellen = Array.prototype.filter.call(rij.querySelectorAll("td[data-rol]"), function (c) { return !c.hidden; });
      var gekozen = value(rol) || value(orgaan) || value(recht);
      var toon = !gekozen || cellen.some(function (c) {
        return c.textContent.trim() !== "" && (!value(recht) || c.dataset.recht === value(recht));
      });
      rij.hidden = !toon;
      if (toon) rijen++;
    });
    table.querySelectorAll("tr.categorie-rij").forEach(function (kop) {
      var volgende = kop.parentElement.querySelectorAll("tr.kaart-rij:not([hidden])").length;
      kop.hidden = volgende === 0;
    });
    status.textContent = rijen + (rijen === 1 ? " kaart getoond" : " kaarten getoond");
  }

  [niveau, rol, orgaan, recht].forEach(function (s) { if (s) s.addEventListener("change", toepassen); });
})();
