// Filters for the matrices; without this script the role pages answer the same questions.
(function () {
  "use strict";
  var form = document.querySelector(".matrix-filters");
  if (!form) return;
  var table = document.querySelector("table.matrix");
  var level = form.querySelector("#filter-niveau");
  var role = form.querySelector("#filter-rol");
  var organ = form.querySelector("#filter-orgaan");
  var right = form.querySelector("#filter-recht");

  function value(select) { return select ? select.value : ""; }

  function columnVisible(cell) {
    var chosenRole = value(role) || value(organ);
    return (!value(level) || cell.dataset.niveau === value(level)) && (!chosenRole || cell.dataset.rol === chosenRole);
  }

  window.handboekFilters(form, function () {
    table.querySelectorAll("[data-rol]").forEach(function (cell) { cell.hidden = !columnVisible(cell); });
    table.querySelectorAll("th.groep").forEach(function (heading) {
      heading.hidden = !!value(level) && heading.dataset.niveau !== value(level);
    });
    var rows = 0;
    table.querySelectorAll("tr.kaart-rij").forEach(function (row) {
      var cells = Array.prototype.filter.call(row.querySelectorAll("td[data-rol]"), function (c) { return !c.hidden; });
      var chosen = value(role) || value(organ) || value(right);
      var show = !chosen || cells.some(function (c) {
        return c.textContent.trim() !== "" && (!value(right) || c.dataset.recht === value(right));
      });
      row.hidden = !show;
      if (show) rows++;
    });
    table.querySelectorAll("tr.categorie-rij").forEach(function (heading) {
      var following = heading.parentElement.querySelectorAll("tr.kaart-rij:not([hidden])").length;
      heading.hidden = following === 0;
    });
    return rows;
  }, "kaart", "kaarten");
})();
