// Calendar pages work without this script; it starts the page at today (the browser's date), marks the current
// month and the next moment, and adds the filters: a role shows every moment of a card on which it has a letter,
// marked with why ("ter informatie"), unless "alleen wat ... uitvoert" is ticked.
(function () {
  "use strict";
  function iso(date) {
    return date.getFullYear() + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0");
  }
  var today = iso(new Date());
  // The month on a calendar page, or on the poster's screen view.
  var month = document.querySelector('[data-maand="' + today.slice(0, 7) + '"]');

  if (month) {
    month.classList.add("huidige-maand");
    var heading = month.querySelector("h2");
    var label = document.createElement("span");
    label.className = "label-nu";
    label.textContent = "deze maand";
    heading.append(" ", label);
    var jump = document.querySelector(".naar-vandaag");
    if (jump && month.id) {
      jump.querySelector("a").href = "#" + month.id;
      jump.hidden = false;
    }
  }

  function markNext() {
    document.querySelectorAll(".eerstvolgende").forEach(function (item) {
      item.classList.remove("eerstvolgende");
      item.querySelector(".label-eerstvolgende").remove();
    });
    var next = Array.prototype.find.call(document.querySelectorAll(".maand li.moment[data-tot]"), function (item) {
      return !item.hidden && item.dataset.tot >= today;
    });
    if (!next) return;
    next.classList.add("eerstvolgende");
    var label = document.createElement("span");
    label.className = "label-eerstvolgende";
    label.textContent = next.querySelector("time").dateTime <= today ? "nu" : "eerstvolgende";
    next.querySelector(".wat").before(label, " ");
  }

  var form = document.querySelector(".kalender-filters");
  if (form) {
    var role = form.querySelector("#filter-rol");
    var level = form.querySelector("#filter-niveau");
    var ownOnly = form.querySelector("#filter-uitvoeren");

    // The role's first letter on the moment's card ("I"), or "" when it has none.
    var letterOf = function (item, id) {
      var found = item.dataset.betrokken.split(" ").find(function (pair) { return pair.slice(0, pair.lastIndexOf(":")) === id; });
      return found ? found.slice(found.lastIndexOf(":") + 1) : "";
    };

    // On the full and school calendars, why a moment shows for the chosen role; a role's own calendar says it already.
    var markWhy = function (item, letter) {
      var mark = item.querySelector(".betrokkenheid.gekozen");
      if (mark) mark.remove();
      if (!letter) return;
      mark = document.createElement("span");
      mark.className = "betrokkenheid gekozen";
      var abbr = document.createElement("abbr");
      abbr.className = "letter";
      abbr.textContent = letter;
      mark.append(abbr, " " + form.getAttribute("data-letter-" + letter.toLowerCase()));
      item.querySelector(".wat").after(" ", mark);
    };

    // On a role's own calendar the switch hides what others carry out; elsewhere the chosen role decides.
    var matches = function (item) {
      var others = role ? !!role.value && item.dataset.rol !== role.value : item.classList.contains("betrokken");
      var letter = role && others && !ownOnly.checked ? letterOf(item, role.value) : "";
      if (role) markWhy(item, letter);
      if (level && level.value && item.dataset.niveau !== level.value && item.dataset.niveau !== "beide") return false;
      return !others || (role ? letter !== "" : !ownOnly.checked);
    };

    if (role) {
      ownOnly.parentElement.hidden = true;
      role.addEventListener("change", function () { ownOnly.parentElement.hidden = !role.value; });
    }

    var run = window.handboekFilters(form, function () {
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
      markNext();
      return (role && role.value) || (level && level.value) || ownOnly.checked ? total : null;
    }, "moment", "momenten");
    ownOnly.addEventListener("change", run);
  }

  markNext();
  // Start at today, unless the address asks for another place on the page.
  if (month && month.id && !location.hash) month.scrollIntoView();
})();
