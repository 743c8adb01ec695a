// The case files' format in the web editor: MDX with YAML frontmatter, read and written so that
// a save changes only what the editor changed. Sveltia CMS's own `yaml-frontmatter` writes the
// whole frontmatter anew in its own style (every `[S1.1, S1.5]` as a block list, quotes dropped,
// fields the file left out filled with their defaults): one figure changed in the Kendalsari case
// replaced 58 of its 266 lines with 168. Here the file's own YAML document is edited in place with the `yaml`
// package, which keeps each node's style, and the body is written back as typed. Plain ES module,
// run in the browser (/admin/frontmatter.js) and by the unit tests; `YAML` is the `yaml` package.

const frontmatterPattern = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with every object's keys sorted: the CMS may hold a file's fields in another order. */
const canonical = (value) =>
  JSON.stringify(value, (_, item) =>
    isObject(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );

const same = (a, b) => canonical(a) === canonical(b);

/** Nothing worth writing for a field the file left out: what the editor fills in by itself. */
const isEmpty = (value) =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.values(value).every(isEmpty));

/**
 * Writes into `doc`, at `path`, what differs between `before` (the file as read) and `after`
 * (the entry as saved). A field the file left out stays out while the editor holds it empty or
 * at its default (`defaultOf(path)`), so opening and saving a case adds no `featured: false`.
 */
function update(YAML, doc, path, before, after, defaultOf) {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(after)) {
      if (key in before) update(YAML, doc, [...path, key], before[key], value, defaultOf);
      else if (!isEmpty(value) && !same(value, defaultOf([...path, key]))) doc.setIn([...path, key], value);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value, index) => update(YAML, doc, [...path, index], before[index], value, defaultOf));
    return;
  }
  // A list of another length, or another kind of value: a new node, in the old one's flow style.
  const old = doc.getIn(path, true);
  const node = doc.createNode(after, { flow: YAML.isCollection(old) && old.flow });
  doc.setIn(path, node);
}

/**
 * The format's two functions for `CMS.registerCustomFormat`. `defaultOf` gives the default a field
 * path has (list items as numbers), from the generated configuration.
 */
export function mdxFormat(YAML, defaultOf = () => undefined) {
  /** The files read, by their data: the one an entry is saved over is edited, not rewritten. */
  const read = new Map();

  /** The file an entry came from: the one whose top-level fields it shares most. */
  function sourceOf(entry) {
    let best;
    let bestScore = 0;
    for (const file of read.values()) {
      const score = Object.keys(entry).filter((key) => same(file.entry[key], entry[key])).length;
      if (score > bestScore) [best, bestScore] = [file, score];
    }
    return bestScore * 2 > Object.keys(entry).length ? best : undefined;
  }

  return {
    fromFile(text) {
      const match = frontmatterPattern.exec(text);
      if (!match) return { body: text };
      const rest = text.slice(match[0].length);
      const gap = rest.startsWith('\n') ? '\n' : '';
      const entry = { ...(YAML.parse(match[1] ?? '') ?? {}), body: rest.slice(gap.length) };
      read.set(canonical(entry), { text, entry, yaml: match[1] ?? '', gap });
      return entry;
    },
    toFile(entry) {
      const file = read.get(canonical(entry)) ?? sourceOf(entry);
      if (file && same(file.entry, entry)) return file.text;
      const { body = '', ...data } = entry;
      const doc = YAML.parseDocument(file?.yaml ?? '{}');
      if (!file) doc.contents = doc.createNode({});
      const before = { ...file?.entry };
      delete before.body;
      update(YAML, doc, [], before, data, defaultOf);
      // Flow collections are written as the file writes them, `{ a: 1 }` or `{a: 1}`, so a line the
      // editor did not touch keeps its bytes when yaml writes its parent again.
      // Prettier pads maps and not lists (`{ a: [b, c] }`); yaml pads both or neither, so the one
      // the file leaves unpadded is unpadded again after.
      const source = file?.yaml ?? '';
      const padMaps = /\{ \S/.test(source);
      const padLists = /\[ \S/.test(source);
      let yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: padMaps || padLists });
      if (padMaps && !padLists) yaml = yaml.replace(/\[ ([^[\]\n]*?) \]/g, '[$1]');
      if (padLists && !padMaps) yaml = yaml.replace(/\{ ([^{}\n]*?) \}/g, '{$1}');
      return `---\n${yaml}---\n${file?.gap ?? '\n'}${body}`;
    },
  };
}
