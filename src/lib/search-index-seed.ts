import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { textStringsOf } from './cbor-strings';

// Pagefind names these files by a hash of what they hold, and never writes one that already
// exists (its `WriteBehavior::Immutable`): it skips compressing it too. Its other files
// (pagefind.js, the WebAssembly, pagefind-entry.json) have fixed names and are written each time.
const hashedFolders = ['fragment', 'index', 'filter'];
const isMeta = (name: string) => name.endsWith('.pf_meta');
const hashOf = (name: string) => name.slice(0, name.lastIndexOf('.'));

/** The hashed files of an index folder, as paths relative to it: metadata first, then by folder. */
function hashedFilesOf(dir: string): string[] {
  return [
    ...readdirSync(dir).filter(isMeta),
    ...hashedFolders.flatMap((folder) =>
      existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).map((name) => `${folder}/${name}`) : [],
    ),
  ];
}

/** The Pagefind version that wrote the index in `dir`, if there is one. */
function versionOf(dir: string): string | undefined {
  const entry = join(dir, 'pagefind-entry.json');
  return existsSync(entry) ? (JSON.parse(readFileSync(entry, 'utf8')) as { version?: string }).version : undefined;
}

/**
 * Hard-links the hashed files of the last search index into the new, empty one before Pagefind
 * writes it, so it compresses and creates only the files whose content changed: at 1,000 cases,
 * after one edit, the index took 2.7–2.9 s instead of 3.9–4.1 on this project's build machine.
 * Links, not copies: no byte is written, and since Pagefind never opens an existing hashed file,
 * the kept files, which the live site shares, are never written through them. Only an index
 * written by the same `version` of Pagefind is used: another might encode the same name
 * differently. Returns how many files were linked; links nothing where there is no such index,
 * and stops at the first file that cannot be linked (another disk): Pagefind writes the rest.
 */
export function linkLastIndex(lastDir: string, newDir: string, version: string): number {
  if (versionOf(lastDir) !== version) return 0;
  let linked = 0;
  try {
    for (const folder of ['', ...hashedFolders]) mkdirSync(join(newDir, folder), { recursive: true });
    for (const path of hashedFilesOf(lastDir)) {
      linkSync(join(lastDir, path), join(newDir, path));
      linked++;
    }
  } catch {
    // A hard link across disks, or where the file system allows none: the files linked so far
    // are still good ones, and those this index does not name are removed afterwards.
  }
  return linked;
}

// What a Pagefind data file (metadata, word chunk, result text, filter) holds once unzipped, first.
const signature = 'pagefind_dcd';

/**
 * The data of a Pagefind file (`kind`: its metadata, a result text…): unzipped, without its
 * signature. Throws on a file that lacks it.
 */
export function readPagefindFile(file: string, kind: string): Buffer {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.toString('latin1', 0, signature.length) !== signature) {
    throw new Error(`Pagefind: ${file} does not start as Pagefind's ${kind} does ("${signature}")`);
  }
  return bytes.subarray(signature.length);
}

/** Every hash the index's metadata names: its pages' texts, its word chunks, its filters. */
function namedHashes(indexDir: string): { metas: Set<string>; hashes: Set<string> } {
  const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const metas = new Set(Object.values(entry.languages).map(({ hash }) => `pagefind.${hash}.pf_meta`));
  const hashes = new Set<string>();
  for (const meta of metas) {
    for (const text of textStringsOf(readPagefindFile(join(indexDir, meta), 'metadata'))) hashes.add(text);
  }
  return { metas, hashes };
}

/**
 * Removes from a written index every hashed file its metadata does not name: those linked from
 * the last index for pages that changed or went. Returns the removed files' paths, relative to
 * the index folder. Throws if the metadata cannot be read: an index with stray files in it would
 * grow with every build, unnoticed.
 */
export function pruneUnnamedFiles(indexDir: string): string[] {
  const { metas, hashes } = namedHashes(indexDir);
  const unnamed = hashedFilesOf(indexDir).filter((path) =>
    isMeta(path) ? !metas.has(path) : !hashes.has(hashOf(path.slice(path.indexOf('/') + 1))),
  );
  for (const path of unnamed) rmSync(join(indexDir, path));
  // A folder the links made that this index has nothing in (no filters, say): Pagefind, writing
  // from empty, would not have made it.
  for (const folder of hashedFolders) {
    const path = join(indexDir, folder);
    if (existsSync(path) && readdirSync(path).length === 0) rmSync(path, { recursive: true });
  }
  return unnamed;
}

/**
 * Makes `keptDir` hold the index just written in `indexDir`, for the next build to start from:
 * its hashed files, hard-linked (a file of the same name is the same file: its name is a hash of
 * its bytes, for one version of Pagefind), and its pagefind-entry.json, which names that version;
 * files of an older index go, all of them if another version wrote it. Kept in Astro's cache
 * folder, it serves a deploy that keeps that folder between runs but builds into an empty dist/.
 * Where a file cannot be linked (another disk), nothing is kept: the next build writes it all.
 * Returns how many files it linked anew.
 */
export function keepIndex(indexDir: string, keptDir: string): number {
  try {
    if (versionOf(keptDir) !== versionOf(indexDir)) rmSync(keptDir, { recursive: true, force: true });
    const wanted = new Set(hashedFilesOf(indexDir));
    for (const folder of ['', ...hashedFolders]) mkdirSync(join(keptDir, folder), { recursive: true });
    const have = new Set(hashedFilesOf(keptDir));
    for (const path of have) if (!wanted.has(path)) rmSync(join(keptDir, path));
    const added = [...wanted].filter((path) => !have.has(path));
    for (const path of added) linkSync(join(indexDir, path), join(keptDir, path));
    const entry = join(keptDir, 'pagefind-entry.json');
    rmSync(entry, { force: true });
    linkSync(join(indexDir, 'pagefind-entry.json'), entry);
    return added.length;
  } catch {
    rmSync(keptDir, { recursive: true, force: true });
    return 0;
  }
}
