// The search page: queries the Pagefind index built with the site, in the reader's browser. A question is searched as
// staff type it: question words and little words are left out ("wanneer moet de schoolgids klaar" searches
// "schoolgids"), abbreviations and other names are searched too (woorden.json: IB'er and intern begeleider), a
// one-letter slip in a word of a card title is corrected ("schoolgit"), and when no card has all the words, cards
// with some of them are shown, with a line that says so.
const page = document.querySelector("[data-pagefind]");
const form = document.querySelector(".zoekformulier");
const input = document.querySelector("#zoekterm");
const status = document.querySelector(".zoek-status");
const widened = document.querySelector(".zoek-verbreed");
const list = document.querySelector(".zoekresultaten");
const filterPanel = document.querySelector(".zoekfilters-paneel");
const filterContainer = document.querySelector(".zoekfilters");

const filterLabels = { categorie: "Categorie", rol: "Rol", maand: "Maand", niveau: "Niveau", wet: "Wet", inspectiekader: "Inspectiekader" };
const months = ["Augustus", "September", "Oktober", "November", "December", "Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli"];
// Words that ask rather than say what about: left out unless nothing else is typed.
const stopWords = new Set(("aan al alle alleen als bij dan dat de deze die dit doe doen doet door een en er geeft gaat " +
  "gebeurt had heb hebben heeft het hoe hoort hoeveel ieder iedere ik in is je jij kan keer klaar krijg krijgt kun kunnen maken me mee met mij " +
  "mijn moet moeten mogen na naar niet nodig nog of om onze ons op over regel regelen staat te ten ter tot u uit van " +
  "vaak voor waar waarom wanneer wat we welk welke wie wij wil word worden wordt zich zijn zo zou").split(" "));

const chosen = {};
const params = new URLSearchParams(location.search);
input.value = params.get("q") || "";
let words = { synoniemen: {}, titelwoorden: [] };
let filterBoxes = [];
let latest = 0;

let pagefind;
try {
  pagefind = await import(page.dataset.pagefind);
  await pagefind.options({ baseUrl: page.dataset.basis, excerptLength: 24 });
} catch {
  document.querySelector("#zoek-niet-beschikbaar").hidden = false;
  page.hidden = true;
}

if (pagefind) {
  try {
    const response = await fetch(page.dataset.woorden);
    if (response.ok) words = await response.json();
  } catch { /* without the word list search still works, only without synonyms and corrections */ }
  if (matchMedia("(min-width: 50rem)").matches) filterPanel.open = true;
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
    values.forEach((value, index) => {
      const id = `filter-${name}-${index}`;
      const checkbox = document.createElement("input");
      checkbox.type = "checkbox";
      checkbox.id = id;
      checkbox.value = value;
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
      const count = document.createElement("span");
      count.className = "aantal";
      labelElement.append(value, " ", count);
      const row = document.createElement("div");
      row.append(checkbox, labelElement);
      group.append(row);
      filterBoxes.push({ name, value, count });
    });
    filterContainer.append(group);
  }
  showCounts(all);
}

// How many cards each filter value has among the current results (or in the whole handbook before a search).
function showCounts(counts) {
  for (const box of filterBoxes) box.count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
}

function normalise(text) {
  return text.toLocaleLowerCase("nl").replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}'&\- ]+/gu, " ").replace(/\s+/g, " ").trim();
}

// One slip: a letter too many, too few, changed, or two swapped.
function oneSlip(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// A title word the reader probably meant: never for a word that starts a title word already (Pagefind finds those).
function correction(word) {
  if (word.length < 5 || words.titelwoorden.some((t) => t.startsWith(word))) return null;
  return words.titelwoorden.find((t) => oneSlip(word, t) || oneSlip(word, t.slice(0, word.length))) ?? null;
}

// The questions to ask Pagefind (terms): the meaningful words (kept), and each variant with one word or phrase said
// another way (also: the other ways, for the line that tells the reader).
function questions(text) {
  const all = normalise(text).split(" ").filter(Boolean);
  const meaningful = all.filter((w) => !stopWords.has(w));
  const kept = meaningful.length ? meaningful : all;
  const base = kept.join(" ");
  const variants = [];
  const also = [];
  // Pagefind cannot search a word with an apostrophe as typed ("IB'er" becomes "ib" and "er"): only its other names.
  let searchBase = true;
  for (const [phrase, others] of Object.entries(words.synoniemen)) {
    if (!` ${base} `.includes(` ${phrase} `)) continue;
    if (phrase.includes("'")) searchBase = false;
    for (const other of others) {
      variants.push(` ${base} `.replace(` ${phrase} `, ` ${other} `).trim());
      also.push(other);
    }
  }
  for (const word of kept) {
    const better = correction(word);
    if (better) {
      variants.push(` ${base} `.replace(` ${word} `, ` ${better} `).trim());
      also.push(better);
    }
    // Pagefind's index holds whole words and finds longer ones from a start: "monitoren" misses "monitor", but
    // "monitor" finds both.
    const stem = word.length >= 6 ? word.replace(/(en|s)$/, "") : word;
    if (stem !== word) variants.push(` ${base} `.replace(` ${word} `, ` ${stem} `).trim());
  }
  const unique = [...new Set(variants)].slice(0, 8);
  return { terms: searchBase ? [base, ...unique] : unique, kept, also: [...new Set(also)] };
}

// Results of several searches as one list: each search's best result counts as 1, a card found by more searches ranks higher.
function merge(responses) {
  const byId = new Map();
  for (const response of responses) {
    const top = response.results[0]?.score || 1;
    for (const result of response.results) {
      const entry = byId.get(result.id) ?? { result, rank: 0, hits: 0 };
      entry.rank = Math.max(entry.rank, result.score / top);
      entry.hits++;
      byId.set(result.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => (b.rank + b.hits / 10) - (a.rank + a.hits / 10)).map((e) => e.result);
}

function countsOf(responses) {
  const counts = {};
  for (const response of responses) {
    for (const [name, values] of Object.entries(response.filters || {})) {
      for (const [value, count] of Object.entries(values)) {
        counts[name] ??= {};
        counts[name][value] = Math.max(counts[name][value] ?? 0, count);
      }
    }
  }
  return counts;
}

async function run(terms, filters) {
  const responses = (await Promise.all(terms.map((t) => pagefind.search(t || null, { filters })))).filter(Boolean);
  return { results: merge(responses), counts: countsOf(responses) };
}

async function search() {
  const term = input.value.trim();
  const filters = Object.fromEntries(Object.entries(chosen).map(([name, set]) => [name, { any: [...set] }]));
  const asked = ++latest;
  keepInAddress(term);
  widened.textContent = "";
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = "";
    showCounts(await pagefind.filters());
    return;
  }

  const q = term ? questions(term) : { terms: [""], kept: [], also: [] };
  let found = await run(q.terms, filters);
  let notes = [];
  if (q.also.length) notes.push(`Ook gezocht op ${q.also.map((w) => `"${w}"`).join(", ")}.`);
  if (found.results.length === 0 && q.kept.length > 1) {
    // No card has all the words: the cards with some of them, said plainly.
    found = await run(q.kept.flatMap((w) => questions(w).terms), filters);
    if (found.results.length) notes = [`Geen kaart bevat alle woorden; dit zijn kaarten met een of meer van ${q.kept.map((w) => `"${w}"`).join(", ")}.`];
  }
  if (asked !== latest) return;

  const shown = await Promise.all(found.results.slice(0, 25).map((r) => r.data()));
  if (asked !== latest) return;
  list.replaceChildren(...shown.map(resultItem));
  const count = found.results.length;
  status.textContent = `${count} ${count === 1 ? "kaart" : "kaarten"} gevonden` + (term ? ` voor "${term}"` : "");
  widened.textContent = notes.join(" ");
  showCounts(found.counts);
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
