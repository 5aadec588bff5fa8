// Served only by 'handboek serve', never part of a built site: reloads the page after a rebuild and shows
// the problems of a failed one over the last good page.
(() => {
  const events = new EventSource("/_handboek/gebeurtenissen");
  let overlay = null;

  // Lets a test (or a curious reader of the page source) see that the tab is listening.
  events.addEventListener("open", () => document.documentElement.setAttribute("data-voorbeeld", "verbonden"));

  events.addEventListener("herladen", () => location.reload());
  events.addEventListener("goed", () => {
    overlay?.remove();
    overlay = null;
  });
  events.addEventListener("fouten", (event) => show(JSON.parse(event.data)));

  function show(problems) {
    overlay?.remove();
    overlay = document.createElement("section");
    overlay.id = "handboek-fouten";
    overlay.setAttribute("role", "alert");
    Object.assign(overlay.style, {
      position: "fixed", inset: "auto 0 0 0", maxHeight: "60vh", overflow: "auto", zIndex: "2147483647",
      background: "#fff4f4", color: "#1a1a1a", borderTop: "4px solid #b00020", padding: "1rem 1.5rem",
      font: "15px/1.5 system-ui, sans-serif", boxShadow: "0 -4px 16px rgba(0,0,0,.25)",
    });
    const title = document.createElement("h2");
    title.textContent = "De laatste wijziging is nog niet te zien: los eerst deze fouten op";
    Object.assign(title.style, { margin: "0 0 .5rem", fontSize: "1.1rem" });
    const list = document.createElement("ul");
    Object.assign(list.style, { margin: "0", paddingLeft: "1.2rem", fontFamily: "ui-monospace, monospace" });
    for (const problem of problems) {
      const item = document.createElement("li");
      item.textContent = problem;
      list.append(item);
    }
    const hint = document.createElement("p");
    hint.textContent = "Hieronder staat de laatste versie zonder fouten. Sla het bestand opnieuw op en deze pagina werkt zichzelf bij.";
    Object.assign(hint.style, { margin: ".5rem 0 0" });
    overlay.append(title, list, hint);
    document.body.append(overlay);
  }
})();
