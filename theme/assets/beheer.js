// The form editor's link with Handboek. Decap CMS reads and writes the files through two formats registered here,
// so a file saved from the form reads as one written by hand: keys in the order of the card schema, empty fields
// left out, dates as JJJJ-MM-DD, short lists on one line. Values that cards may write in several ways (one role or a
// list, "geen" or laws, a wanneer text or moment blocks) become one shape in the form and are written back compactly.
// Which keys have which shape comes from the page (data-vormen), made by Handboek from its schema.
(() => {
  const page = document.body.dataset;
  const shapes = JSON.parse(page.vormen);
  const ListField = "lijst";
  const NoLaw = "geen";
  const read = (text) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  const write = (value, flowLevel) =>
    jsyaml.dump(value, { schema: jsyaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, flowLevel });

  const isEmpty = (value) =>
    value === null || value === undefined || value === "" ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);

  function withoutEmpty(value) {
    if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => !isEmpty(item));
    if (value !== null && typeof value === "object") {
      const kept = {};
      for (const [key, item] of Object.entries(value)) {
        const clean = withoutEmpty(item);
        if (!isEmpty(clean)) kept[key] = clean;
      }
      return kept;
    }
    return value;
  }

  const asList = (value) => (isEmpty(value) ? [] : Array.isArray(value) ? value : [value]);

  // File to form: every key of a shape gets the one form the form's field expects.
  const toForm = {
    lijst: asList,
    wetten: (value) => asList(value).map((text) => {
      const reference = String(text).trim();
      if (reference.toLowerCase() === NoLaw) return { wet: NoLaw };
      const space = reference.search(/\s/);
      return space < 0 ? { wet: reference } : { wet: reference.slice(0, space), artikel: reference.slice(space).trim() };
    }),
    momenten: (value) => asList(value).map((moment) => (typeof moment === "object" ? moment : { wanneer: String(moment) })),
  };

  // Form to file: the compact form a person would write.
  const toFile = {
    lijst: (list) => list,
    wetten: (list) => {
      if (list.some((law) => law.wet === NoLaw)) return NoLaw;
      const references = list.map((law) => `${law.wet} ${law.artikel ?? ""}`.trim());
      return references.length === 1 ? references[0] : references;
    },
    momenten: (list) => {
      if (!list.every((moment) => Object.keys(moment).length === 1 && "wanneer" in moment)) return list;
      const whens = list.map((moment) => moment.wanneer);
      return whens.length === 1 ? whens[0] : whens;
    },
  };

  function reshape(data, conversions) {
    const result = { ...data };
    for (const [key, shape] of Object.entries(shapes)) {
      if (key in result) result[key] = conversions[shape](result[key]);
    }
    return result;
  }

  /** The keys in the form's order, then any the form does not know (kept, never dropped); one key at a time, so a list of roles stays on one line and a list of moments does not. */
  function writeMapping(data, sortedKeys) {
    const keys = [...sortedKeys.filter((key) => key in data), ...Object.keys(data).filter((key) => !sortedKeys.includes(key))];
    return keys.map((key) => {
      const value = data[key];
      const flat = Array.isArray(value) && value.every((item) => typeof item !== "object");
      return write({ [key]: value }, flat ? 1 : -1);
    }).join("");
  }

  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n([\s\S]*)$/;

  CMS.registerCustomFormat("handboek-voorblad", "md", {
    fromFile(content) {
      const match = frontMatter.exec(content);
      if (!match) return { body: content };
      return { ...reshape(read(match[1]) ?? {}, toForm), body: match[2] };
    },
    toFile(data, sortedKeys = []) {
      const { body = "", ...fields } = data;
      const clean = withoutEmpty(fields);
      return `---\n${writeMapping(reshape(clean, toFile), sortedKeys)}---\n${body}`;
    },
  });

  CMS.registerCustomFormat("handboek-yaml", "yml", {
    fromFile(content) {
      const data = read(content);
      return Array.isArray(data) ? { [ListField]: data } : (data ?? {});
    },
    toFile(data, sortedKeys = []) {
      const clean = withoutEmpty(data);
      const keys = Object.keys(data);
      if (keys.length === 1 && keys[0] === ListField) return write(clean[ListField] ?? [], -1);
      return writeMapping(clean, sortedKeys);
    },
  });

  CMS.registerPreviewStyle(page.stylesheet);
})();
