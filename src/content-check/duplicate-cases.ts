import { extractFrontmatter } from 'astro/markdown';
import { storyOf } from './body-check';

/** What makes two files one case: the place and the title, or the story. */
export interface Identity {
  file: string;
  title?: { written: string; key: string; line: number };
  areaCode?: string;
  story?: { key: string; line: number };
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A digest of a text (53-bit, the cyrb53 mix). */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A top-level YAML value as written on its line, without its quotes: `'35.17'` is `35.17`. */
function unquote(value: string): string {
  const text = value.trim();
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  if (/^".*"$/.test(text)) return text.slice(1, -1).replaceAll('\\"', '"');
  return text.replace(/\s+#.*$/, '');
}

/**
 * A file's place, title and story, read from its lines rather than by parsing it: this runs over
 * every file of a collection in each build, including the files whose check is kept from the last
 * build, and a file whose YAML does not parse still has its title line.
 */
export function identityOf(file: string, rawText: string): Identity {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = (extractFrontmatter(text) ?? '').split('\n');
  // The raw frontmatter starts with the rest of the "---" line, so its line n is file line n.
  const field = (name: string) => {
    const index = lines.findIndex((line) => line.startsWith(`${name}:`));
    return index < 0 ? undefined : { value: unquote(lines[index]!.slice(name.length + 1)), line: index + 1 };
  };
  const title = field('title');
  const { story, fenceLine } = storyOf(text);
  const leading = /^\s*/.exec(story)?.[0].split('\n').length ?? 1;
  return {
    file,
    title: title?.value
      ? { written: title.value, key: squeeze(title.value).toLowerCase(), line: title.line }
      : undefined,
    areaCode: field('areaCode')?.value || undefined,
    story: story.trim() ? { key: squeeze(story), line: fenceLine + leading - 1 } : undefined,
  };
}

/**
 * An identity as the web editor is sent it (/admin/case-identities.json): its story as a digest of
 * its words rather than the words, which two different stories are too unlikely to share to matter.
 * Both sides of a comparison must be in this form.
 */
export function digestedIdentity(identity: Identity): Identity {
  return identity.story ? { ...identity, story: { ...identity.story, key: digest(identity.story.key) } } : identity;
}

/** The files of each group that share a key, in the order of the files, groups of one left out. */
function groupsBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

const fix = 'satu berkas untuk satu kasus: gabungkan isinya ke satu berkas dan hapus yang lain';

/**
 * The same case committed twice under two names: files with the same place and title, or with the
 * same story. Each file is named with the others, so neither is published as a second case.
 */
export function duplicateCaseProblems(files: readonly { file: string; text: string }[]): string[] {
  return duplicatesAmong(files.map(({ file, text }) => identityOf(file, text)));
}

/** The problems of `duplicateCaseProblems`, from the files' identities. */
export function duplicatesAmong(identities: readonly Identity[]): string[] {
  const others = (group: readonly Identity[], self: Identity) =>
    group
      .filter((other) => other !== self)
      .map((other) => other.file)
      .join(', ');
  const sameTitle = groupsBy(identities, (item) =>
    item.title && item.areaCode ? `${item.areaCode}\n${item.title.key}` : undefined,
  ).flatMap((group) =>
    group.map(
      (item) =>
        `${item.file}:${item.title!.line} → title: ditemukan "${item.title!.written}" di tempat yang sama (${item.areaCode}) dengan ${others(group, item)}; seharusnya ${fix}, atau bedakan judulnya bila memang dua sentra.`,
    ),
  );
  const sameStory = groupsBy(identities, (item) => item.story?.key).flatMap((group) =>
    group.map(
      (item) =>
        `${item.file}:${item.story!.line} → isi: ditemukan cerita yang sama dengan ${others(group, item)}; seharusnya ${fix}.`,
    ),
  );
  return [...sameTitle, ...sameStory];
}
