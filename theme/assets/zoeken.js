// The search page: queries the Pagefind index built with the site, in the reader's browser.
const container = document.querySelector("[data-pagefind]");
const form = document.querySelector(".zoekformulier");
const input = document.querySelector("#zoekterm");
const status = document.querySelector(".zoek-status");
const list = document.querySelector(".zoekresultaten");
const filterContainer = document.querySelector(".zoekfilters");

const filterLabels = { categorie: "Categorie", niveau: "Niveau", rol: "Rol", wet: "Wet", inspectiekader: "Inspectiekader", maand: "Maand" };
const months = ["Augustus", "September", "Oktober", "November", "December", "Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli"];
const chosen = {};
const params = new URLSearchParams(location.search);
input.value = params.get("q") || "";

let pagefind;
try {
  pagefind = await import(container.dataset.pagefind);
  await pagefind.options({ baseUrl: container.dataset.basis, excerptLength: 24 });
} catch {
  document.querySelector("#zoek-niet-beschikbaar").hidden = false;
  container.hidden = true;
}

if (pagefind) {
  await showFilters();
  form.addEventListener("submit", (e) => { e.preventDefault(); search(); });
  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  if (input.value || Object.keys(chosen).length) await search();
}

async function showFilters() {
  const all = await pagefind.filters();
  for (const [name, label] of Object.entries(filterLabels)) {
    const values = Object.keys(all[name] || {});
    if (values.length === 0) continue;
    values.sort(name === "maand" ? (a, b) => months.indexOf(a) - months.indexOf(b) : (a, b) => a.localeCompare(b, "nl"));
    const group = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = label;
    group.append(legend);
    for (const value of values) {
      const id = `filter-${name}-${values.indexOf(value)}`;
      const checkbox = document.createElement("input");
      checkbox.type = "checkbox";
      checkbox.id = id;
      checkbox.value = value;
      checkbox.dataset.filter = name;
      checkbox.checked = params.getAll(name).includes(value);
      if (checkbox.checked) (chosen[name] ??= new Set()).add(value);
      checkbox.addEventListener("change", () => {
        const set = (chosen[name] ??= new Set());
        checkbox.checked ? set.add(value) : set.delete(value);
        if (set.size === 0) delete chosen[name];
        search();
      });
      const labelElement = document.createElement("label");
      labelElement.htmlFor = id;
      labelElement.textContent = `${value} (${all[name][value]})`;
      const row = document.createElement("div");
      row.append(checkbox, labelElement);
      group.append(row);
    }
    filterContainer.append(group);
  }
}

async function search() {
  const term = input.value.trim();
  const filters = Object.fromEntries(Object.entries(chosen).map(([name, set]) => [name, { any: [...set] }]));
  keepInAddress(term);
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }

  const response = await pagefind.search(term || null, { filters });
  if (!response) return;
  const results = await Promise.all(response.results.slice(0, 25).map((r) => r.data()));
  list.replaceChildren(...results.map(resultItem));
  const count = response.results.length;
  status.textContent = `${count} ${count === 1 ? "kaart" : "kaarten"} gevonden` + (term ? ` voor "${term}"` : "");
}

function resultItem(data) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title;
  const heading = document.createElement("h2");
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "uitsnede";
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  if (data.excerpt) excerpt.innerHTML = data.excerpt;
  else excerpt.textContent = data.meta.samenvatting || "";
  item.append(heading, excerpt);
  if (data.meta.categorie) {
    const category = document.createElement("p");
    category.className = "categorie";
    category.textContent = data.meta.categorie;
    item.append(category);
  }
  return item;
}

function keepInAddress(term) {
  const query = new URLSearchParams();
  if (term) query.set("q", term);
  for (const [name, set] of Object.entries(chosen)) for (const value of set) query.append(name, value);
  const address = query.toString();
  history.replaceState(null, "", address ? `?${address}` : location.pathname);
}
