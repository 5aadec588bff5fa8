// Calendar pages work without this script (per-role and per-school pages); it adds the filters and
// marks the current month.
(function () {
  "use strict";
  var now = new Date();
  var currentMonth = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0");

  document.querySelectorAll('[data-maand="' + currentMonth + '"]').forEach(function (section) {
    section.classList.add("huidige-maand");
    var heading = section.querySelector("h2");
    if (heading) {
      var label = document.createElement("span");
      label.className = "label-nu";
      label.textContent = "deze maand";
      heading.append(" ", label);
    }
  });

  var form = document.querySelector(".kalender-filters");
  if (!form) return;
  var role = form.querySelector("#filter-rol");
  var level = form.querySelector("#filter-niveau");

  function matches(item) {
    return (!role.value || item.dataset.rol === role.value) &&
      (!level.value || item.dataset.niveau === level.value || item.dataset.niveau === "beide");
  }

  window.handboekFilters(form, function () {
    var total = 0;
    document.querySelectorAll(".maand").forEach(function (section) {
      var visible = 0;
      section.querySelectorAll("li.moment").forEach(function (item) {
        item.hidden = !matches(item);
        if (!item.hidden) visible++;
      });
      var empty = section.querySelector(".leeg-filter");
      if (empty) empty.hidden = visible > 0;
      total += visible;
    });
    return role.value || level.value ? total : null;
  }, "moment", "momenten");
})();
