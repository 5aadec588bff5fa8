// The search page: queries the Pagefind index built with the site, in the reader's browser.
const blok = document.querySelector("[data-pagefind]");
const formulier = document.querySelector(".zoekformulier");
const invoer = document.querySelector("#zoekterm");
const status = document.querySelector(".zoek-status");
const lijst = document.querySelector(".zoekresultaten");
const filtersBlok = document.querySelector(".zoekfilters");

const filterNamen = { categorie: "Categorie", niveau: "Niveau", rol: "Rol", wet: "Wet", inspectiekader: "Inspectiekader", maand: "Maand" };
const maanden = ["Augustus", "September", "Oktober", "November", "December", "Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli"];
const gekozen = {};
const params = new URLSearchParams(location.search);
invoer.value = params.get("q") || "";

let pagefind;
try {
  pagefind = await import(blok.dataset.pagefind);
  await pagefind.options({ baseUrl: blok.dataset.basis, excerptLength: 24 });
} catch {
  document.querySelector("#zoek-niet-beschikbaar").hidden = false;
  blok.hidden = true;
}

if (pagefind) {
  await toonFilters();
  formulier.addEventListener("submit", (e) => { e.preventDefault(); zoek(); });
  let wacht;
  invoer.addEventListener("input", () => { clearTimeout(wacht); wacht = setTimeout(zoek, 250); });
  if (invoer.value || Object.keys(gekozen).length) await zoek();
}

async function toonFilters() {
  const alle = await pagefind.filters();
  for (const [naam, label] of Object.entries(filterNamen)) {
    const waarden = Object.keys(alle[naam] || {});
    if (waarden.length === 0) continue;
    waarden.sort(naam === "maand" ? (a, b) => maanden.indexOf(a) - maanden.indexOf(b) : (a, b) => a.localeCompare(b, "nl"));
    const groep = document.createElement("fieldset");
    const legenda = document.createElement("legend");
    legenda.textContent = label;
    groep.append(legenda);
    for (const waarde of waarden) {
      const id = `filter-${naam}-${waarden.indexOf(waarde)}`;
      const vak = document.createElement("input");
      vak.type = "checkbox";
      vak.id = id;
      vak.value = waarde;
      vak.dataset.filter = naam;
      vak.checked = params.getAll(naam).includes(waarde);
      if (vak.checked) (gekozen[naam] ??= new Set()).add(waarde);
      vak.addEventListener("change", () => {
        const set = (gekozen[naam] ??= new Set());
        vak.checked ? set.add(waarde) : set.delete(waarde);
        if (set.size === 0) delete gekozen[naam];
        zoek();
      });
      const etiket = document.createElement("label");
      etiket.htmlFor = id;
      etiket.textContent = `${waarde} (${alle[naam][waarde]})`;
      const regel = document.createElement("div");
      regel.append(vak, etiket);
      groep.append(regel);
    }
    filtersBlok.append(groep);
  }
}

async function zoek() {
  const term = invoer.value.trim();
  const filters = Object.fromEntries(Object.entries(gekozen).map(([naam, set]) => [naam, { any: [...set] }]));
  bewaarInAdres(term);
  if (!term && Object.keys(filters).length === 0) {
    lijst.replaceChildren();
    status.textContent = "";
    return;
  }

  const zoekopdracht = await pagefind.search(term || null, { filters });
  if (!zoekopdracht) return;
  const gegevens = await Promise.all(zoekopdracht.results.slice(0, 25).map((r) => r.data()));
  lijst.replaceChildren(...gegevens.map(resultaat));
  const aantal = zoekopdracht.results.length;
  status.textContent = `${aantal} ${aantal === 1 ? "kaart" : "kaarten"} gevonden` + (term ? ` voor "${term}"` : "");
}

function resultaat(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title;
  const kop = document.createElement("h2");
  kop.append(link);
  const uitsnede = document.createElement("p");
  uitsnede.className = "uitsnede";
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  if (data.excerpt) uitsnede.innerHTML = data.excerpt;
  else uitsnede.textContent = data.meta.samenvatting || "";
  item.append(kop, uitsnede);
  if (data.meta.categorie) {
    const categorie = document.createElement("p");
    categorie.className = "categorie";
    categorie.textContent = data.meta.categorie;
    item.append(categorie);
  }
  return item;
}

function bewaarInAdres(term) {
  const nieuw = new URLSearchParams();
  if (term) nieuw.set("q", term);
  for (const [naam, set] of Object.entries(gekozen)) for (const waarde of set) nieuw.append(naam, waarde);
  const adres = nieuw.toString();
  history.replaceState(null, "", adres ? `?${adres}` : location.pathname);
}
