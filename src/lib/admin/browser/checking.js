// The checks of `npm run check` while a case is edited in /admin/ (editor.js wires them in): the
// case is written out as the file a save would commit, checked by /admin/check.js (the check's own
// code, bundled by src/build-time/admin-check-bundle.ts), and its problems are shown above the preview
// as the editor types; a save of a case with problems is refused with the same messages. Plain ES
// module, run in the browser (/admin/checking.js) and by the unit tests.

/** Where the collection's files live, as the configuration names it. */
const folderOf = (collection) => String(collection.folder ?? 'content/sentra').replace(/\/$/, '');

/** The file an entry is saved to: its own path, or its slug's file in the collection's folder. */
export function entryFile(entry, collection) {
  const path = entry?.get?.('path') ?? entry?.path;
  if (path) return String(path);
  const slug = entry?.get?.('slug') ?? entry?.slug ?? 'kasus-baru';
  return `${folderOf(collection)}/${slug}.${collection.extension ?? 'mdx'}`;
}

/** An entry's fields as plain data, whether the CMS hands it over as an Immutable map or not. */
export const entryData = (entry) => (entry?.get ? (entry.get('data')?.toJS?.() ?? {}) : (entry?.data ?? {}));

/**
 * The check of one entry: the file its save would write (`toFile`, the editor's format), checked as
 * `npm run check` checks it. Gives each problem as the check writes it, `file:line → field: …`.
 */
export function entryChecker(checkText, toFile, collection) {
  return (entry) => {
    const file = entryFile(entry, collection);
    return checkText(toFile(entryData(entry)), file);
  };
}

/** The heading over the list, and the sentence that says why a save was refused. */
export const problemsHeading = (count) => `${count} masalah harus diperbaiki sebelum kasus ini dapat disimpan`;

/**
 * The error a refused save throws. Sveltia CMS shows the message of an error's `cause` when the
 * error says `saving_failed` (the admin integration checks, on each build, that its bundle still
 * reads it so); any other error it shows without a word of what went wrong.
 */
export function refusedSave(problems) {
  return new Error('saving_failed', {
    cause: new Error(`${problemsHeading(problems.length)}:\n${problems.join('\n')}`),
  });
}

/** The list of problems over the preview, drawn with the CMS's React; nothing when there is none. */
export function problemList(h, problems) {
  if (problems.length === 0) return null;
  const box = { border: '2px solid #b42318', borderRadius: '8px', padding: '8px 12px', margin: '0 0 12px' };
  return h(
    'section',
    { role: 'alert', style: box, 'data-case-problems': '' },
    h('strong', null, `${problemsHeading(problems.length)}:`),
    h('ul', null, ...problems.map((problem) => h('li', { key: problem }, problem))),
  );
}
