// The filter forms of the calendar and the matrices. The pages work without scripts, so the form stays hidden
// until this runs; it never submits, and every change applies the filter again and says how much is shown.
// apply() returns the number of items shown, or null when nothing is chosen (then the status line is empty).
window.handboekFilters = function (form, apply, singular, plural) {
  "use strict";
  var status = form.querySelector(".filter-status");
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  function run() {
    var shown = apply();
    status.textContent = shown === null ? "" : shown + " " + (shown === 1 ? singular : plural) + " getoond";
  }

  form.querySelectorAll("select").forEach(function (select) { select.addEventListener("change", run); });
  return run;
};
