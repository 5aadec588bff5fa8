// Calendar pages work without this script (per-role and per-school pages); it adds the filters,
// marks the current month and puts the print date in the print header.
(function () {
  "use strict";
  var maanden = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  var nu = new Date();
  var huidig = nu.getFullYear() + "-" + String(nu.getMonth() + 1).padStart(2, "0");

  document.querySelectorAll('[data-maand="' + huidig + '"]').forEach(function (sectie) {
    sectie.classList.add("huidige-maand");
    var kop = sectie.querySelector("h2");
    if (kop) {
      var label = document.createElement("span");
      label.className = "label-nu";
      label.textContent = "deze maand";
      kop.append(" ", label);
    }
  });

  document.querySelectorAll("[data-printdatum]").forEach(function (el) {
    el.textContent = " · afgedrukt op " + nu.getDate() + " " + maanden[nu.getMonth()] + " " + nu.getFullYear();
  });

  var form = document.querySelector(".kalender-filters");
  if (!form) return;
  var rol = form.querySelector("#filter-rol");
  var niveau = form.querySelector("#filter-niveau");
  var status = form.querySelector(".filter-status");
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  function past(li) {
    return (!rol.value || li.dataset.rol === rol.value) &&
      (!niveau.value || li.dataset.niveau === niveau.value || li.dataset.niveau === "beide");
  }

  function toepassen() {
    var totaal = 0;
    document.querySelectorAll(".maand").forEach(function (sectie) {
      var zichtbaar = 0;
      sectie.querySelectorAll("li.moment").forEach(function (li) {
        li.hidden = !past(li);
        if (!li.hidden) zichtbaar++;
      });
      var leeg = sectie.querySelector(".leeg-filter");
      if (leeg) leeg.hidden = zichtbaar > 0;
      totaal += zichtbaar;
    });
    status.textContent = rol.value || niveau.value ? totaal + (totaal === 1 ? " moment getoond" : " momenten getoond") : "";
  }

  rol.addEventListener("change", toepassen);
  niveau.addEventListener("change", toepassen);
})();
