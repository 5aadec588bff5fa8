// On every page: the reader's "Voor mij" choice (kept in this browser only: localStorage, no cookie) shown in the
// header, and on a phone a menu button that folds the navigation away. Without this script the header shows all links.
// Loaded in <head> without defer: the class below folds the menu before the first paint, so nothing moves.
(function () {
  "use strict";
  document.documentElement.classList.add("met-script");
  var key = "handboek-voor-mij:" + document.currentScript.dataset.basis;

  function read() {
    try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
  }

  function showChoice() {
    var link = document.querySelector(".voor-mij-link");
    var choice = read();
    link.parentElement.hidden = !choice;
    if (choice) link.textContent = "Voor mij: " + choice.rolNaam + (choice.schoolNaam ? ", " + choice.schoolNaam : "");
  }

  window.handboekVoorMij = {
    read: read,
    write: function (choice) {
      try { localStorage.setItem(key, JSON.stringify(choice)); } catch (e) { /* private mode: the choice lasts this page */ }
      showChoice();
    },
  };

  document.addEventListener("DOMContentLoaded", function () {
    showChoice();
    var button = document.querySelector(".menu-knop");
    var nav = document.querySelector(".hoofdnavigatie");
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("open", open);
    });
  });
})();
