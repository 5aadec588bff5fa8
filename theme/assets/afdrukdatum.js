// Puts the date of printing in the print header of a page (data-printdatum): a printout says how current it is,
// while the page itself stays the same every day.
(function () {
  "use strict";
  var months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  var now = new Date();
  document.querySelectorAll("[data-printdatum]").forEach(function (element) {
    element.textContent = " · afgedrukt op " + now.getDate() + " " + months[now.getMonth()] + " " + now.getFullYear();
  });
})();
