// Filters for /onderhoud/ by eigenaar and niveau; without this script the page shows everything. A card for
// "beide" counts for bestuur and school alike; a warning about a data file has neither and shows unless filtered.
(function () {
  "use strict";
  var form = document.querySelector(".onderhoud-filters");
  if (!form) return;
  var owner = form.querySelector("#filter-eigenaar");
  var level = form.querySelector("#filter-niveau");

  window.handboekFilters(form, function () {
    var total = 0;
    document.querySelectorAll(".onderhoud-onderdeel").forEach(function (section) {
      var visible = 0;
      section.querySelectorAll("tbody tr").forEach(function (row) {
        var show = (!owner.value || row.dataset.eigenaar === owner.value) &&
          (!level.value || row.dataset.niveau === level.value || row.dataset.niveau === "beide");
        row.hidden = !show;
        if (show) visible++;
      });
      section.querySelector(".leeg-filter").hidden = visible > 0;
      total += visible;
    });
    return owner.value || level.value ? total : null;
  }, "regel", "regels");
})();
