// "Voor mij" on the home page: the reader picks a role (and a school) once; the page then shows what is due for
// that person this month and next, deadlines first with the days left, from the calendar's momenten.json. "Today" is
// the browser's date. The choice stays in this browser only (kop.js keeps it); without one, this month for everyone.
(function () {
  "use strict";
  var section = document.getElementById("voor-mij");
  var form = section.querySelector(".voor-mij-keuze");
  var roleSelect = form.querySelector("#voor-mij-rol");
  var schoolSelect = form.querySelector("#voor-mij-school");
  var output = section.querySelector(".voor-mij-uitkomst");
  var months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  var memory = window.handboekVoorMij;

  var now = new Date();
  var today = iso(now);
  var thisMonth = monthOf(now, 0);
  var nextMonth = monthOf(now, 1);

  function iso(date) {
    return date.getFullYear() + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0");
  }

  function monthOf(date, offset) {
    var first = new Date(date.getFullYear(), date.getMonth() + offset, 1);
    var last = new Date(first.getFullYear(), first.getMonth() + 1, 0);
    return { name: months[first.getMonth()] + " " + first.getFullYear(), from: iso(first), to: iso(last) };
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(href, text) {
    var a = element("a", "", text);
    a.href = href;
    return a;
  }

  function daysLeft(until) {
    var parts = until.split("-");
    var end = new Date(+parts[0], +parts[1] - 1, +parts[2]);
    var start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    var days = Math.round((end - start) / 86400000);
    return days === 0 ? "vandaag" : days === 1 ? "nog 1 dag" : "nog " + days + " dagen";
  }

  // Deadlines first, the nearest on top; then the other moments in date order.
  function order(a, b) {
    var deadlineA = a.soort === "uiterlijk", deadlineB = b.soort === "uiterlijk";
    if (deadlineA !== deadlineB) return deadlineA ? -1 : 1;
    return (deadlineA ? a.tot.localeCompare(b.tot) : 0) || a.van.localeCompare(b.van) || a.tot.localeCompare(b.tot);
  }

  function item(moment, showRole) {
    var li = element("li", "moment" + (moment.soort === "uiterlijk" ? " uiterlijk" : "") + (moment.letter ? " betrokken" : ""));
    li.append(element("span", "datum", moment.datum), " ", element("span", "wat", moment.wat));
    if (moment.soort === "uiterlijk") li.append(" ", element("span", "nog", daysLeft(moment.tot)));
    if (moment.letter) {
      var why = element("span", "betrokkenheid");
      why.append(element("abbr", "letter", moment.letter), " " + moment.betrokkenheid);
      li.append(" ", why);
    }
    var details = element("span", "details");
    if (showRole || moment.letter) details.append(moment.rol + " · ");
    details.append(link(moment.url, moment.kaart));
    li.append(details);
    return li;
  }

  function monthBlock(title, moments, showRole, emptyText) {
    var block = element("section", "voor-mij-maand");
    block.append(element("h3", "", title));
    if (moments.length === 0) {
      block.append(element("p", "leeg", emptyText));
      return block;
    }
    var list = element("ul", "momenten-lijst");
    moments.sort(order).forEach(function (m) { list.append(item(m, showRole)); });
    block.append(list);
    return block;
  }

  function overlaps(moment, month) { return moment.van <= month.to && moment.tot >= month.from; }

  function render(data, choice) {
    var blocks = [];
    var stillToDo = data.momenten.filter(function (m) { return m.tot >= today; });
    var current = stillToDo.filter(function (m) { return overlaps(m, thisMonth); });
    if (choice) {
      var heading = element("p", "voor-mij-wie");
      heading.append("Voor ", element("strong", "", choice.rolNaam + (choice.schoolNaam ? ", " + choice.schoolNaam : "")), " ");
      var change = element("button", "wijzig", "Wijzig");
      change.type = "button";
      change.addEventListener("click", function () { showForm(true); });
      heading.append(change);
      blocks.push(heading);
      blocks.push(monthBlock("Deze maand: " + thisMonth.name, current, false, "Voor jou staat er deze maand niets meer op de planning."));
      var next = stillToDo.filter(function (m) { return overlaps(m, nextMonth) && current.indexOf(m) < 0; });
      blocks.push(monthBlock("Volgende maand: " + nextMonth.name, next, false, "Voor jou staat er volgende maand niets op de planning."));
    } else {
      blocks.push(monthBlock("Deze maand voor iedereen: " + thisMonth.name, current, true, "Er staat deze maand niets meer op de planning."));
    }
    // A site read before its school year starts or after it ends says which year it plans.
    if (data.momenten.length && (today < data.momenten[0].van || stillToDo.length === 0)) {
      blocks.push(element("p", "toelichting", "Dit handboek plant schooljaar " + data.schooljaar + "."));
    }

    var links = element("ul", "kalender-acties");
    var calendar = element("li");
    calendar.append(link(data.kalender, choice ? "Mijn kalender voor het hele jaar" : "De kwaliteitskalender"));
    links.append(calendar);
    if (choice && data.poster) {
      var poster = element("li");
      poster.append(link(data.poster, "Jaarposter"));
      links.append(poster);
    }
    if (choice && data.abonneren) {
      var feed = element("li");
      feed.append(link(data.abonneren, "Abonneren in je agenda"));
      links.append(feed);
    }
    blocks.push(links);

    if (data.taken && data.taken.length) {
      var tasks = element("details", "voor-mij-kaarten");
      tasks.append(element("summary", "", "Mijn kaarten (" + data.taken.reduce(function (n, t) { return n + t.kaarten.length; }, 0) + ")"));
      data.taken.forEach(function (task) {
        tasks.append(element("h3", "", task.letter + " · " + task.naam));
        var list = element("ul", "kaartenlijst");
        task.kaarten.forEach(function (card) {
          var li = element("li");
          li.append(link(card.url, card.titel));
          list.append(li);
        });
        tasks.append(list);
      });
      if (data.rol) {
        var more = element("p");
        more.append(link(data.rol, "Alles over deze rol"));
        tasks.append(more);
      }
      blocks.push(tasks);
    }
    output.replaceChildren.apply(output, blocks);
  }

  function addressOf(choice) {
    var option = roleSelect.querySelector('option[value="' + CSS.escape(choice.rol) + '"]');
    if (!option) return null;
    if (!option.hasAttribute("data-per-school")) return option.dataset.momenten;
    if (!choice.school || !schoolSelect.querySelector('option[value="' + CSS.escape(choice.school) + '"]')) return null;
    return section.dataset.schoolRol.replace("{school}", choice.school).replace("{rol}", choice.rol);
  }

  function show(choice) {
    var address = choice && addressOf(choice);
    if (!address) choice = null;
    section.classList.toggle("gekozen", !!choice);
    showForm(!choice);
    fetch(address || section.dataset.alle)
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (data) { render(data, choice); })
      .catch(function () {
        output.replaceChildren(element("p", "melding", "De planning kon niet worden geladen. Bekijk de kwaliteitskalender."));
      });
  }

  function showForm(visible) {
    form.hidden = !visible;
    if (visible && document.activeElement && document.activeElement.classList.contains("wijzig")) roleSelect.focus();
  }

  function schoolNeeded() {
    var option = roleSelect.selectedOptions[0];
    var needed = !!option && option.hasAttribute("data-per-school");
    schoolSelect.required = needed;
    schoolSelect.disabled = !needed;
  }

  roleSelect.addEventListener("change", schoolNeeded);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var role = roleSelect.selectedOptions[0];
    var school = schoolSelect.disabled ? null : schoolSelect.selectedOptions[0];
    var choice = { rol: role.value, rolNaam: role.textContent, school: school ? school.value : "", schoolNaam: school ? school.textContent : "" };
    memory.write(choice);
    show(choice);
  });

  section.querySelector(".voor-mij-zonder").hidden = true;
  var saved = memory.read();
  if (saved) {
    roleSelect.value = saved.rol;
    schoolSelect.value = saved.school || "";
  }
  schoolNeeded();
  show(saved);
  if (location.hash === "#voor-mij" && saved) showForm(true);
})();
