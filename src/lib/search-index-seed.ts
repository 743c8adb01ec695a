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

/** The Pagefind version that wrote the index in `dir`, if there is one. */
function versionOf(dir: string): string | undefined {
  const entry = join(dir, 'pagefind-entry.json');
  return existsSync(entry) ? (JSON.parse(readFileSync(entry, 'utf8')) as { version?: string }).version : undefined;
}

/**
 * Hard-links the hashed files of the last search index into the new, empty one before Pagefind
 * writes it, so it compresses and creates only the files whose content changed: on this
 * project's build machine, half the index's time at 1,000 cases went to files it wrote the same.
 * Links, not copies: no byte is written, and since Pagefind never opens an existing hashed file,
 * the live site's files, which the links share, are never written through them. Only an index
 * written by the same `version` of Pagefind is used: another might encode the same name
 * differently. Returns how many files were linked; links nothing where there is no such index,
 * and stops at the first file that cannot be linked (another disk): Pagefind writes the rest.
 */
export function linkLastIndex(lastDir: string, newDir: string, version: string): number {
  if (versionOf(lastDir) !== version) return 0;
  let linked = 0;
  try {
    mkdirSync(newDir, { recursive: true });
    for (const name of readdirSync(lastDir).filter(isMeta)) {
      linkSync(join(lastDir, name), join(newDir, name));
      linked++;
    }
    for (const folder of hashedFolders) {
      if (!existsSync(join(lastDir, folder))) continue;
      mkdirSync(join(newDir, folder), { recursive: true });
      for (const name of readdirSync(join(lastDir, folder))) {
        linkSync(join(lastDir, folder, name), join(newDir, folder, name));
        linked++;
      }
    }
  } catch {
    // A hard link across disks, or where the file system allows none: the files linked so far
    // are still good ones, and those this index does not name are removed afterwards.
  }
  return linked;
}

/** Every hash the index's metadata names: its pages' texts, its word chunks, its filters. */
function namedHashes(indexDir: string): { metas: Set<string>; hashes: Set<string> } {
  const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const metas = new Set(Object.values(entry.languages).map(({ hash }) => `pagefind.${hash}.pf_meta`));
  const hashes = new Set<string>();
  const prefix = 'pagefind_dcd';
  for (const meta of metas) {
    const bytes = gunzipSync(readFileSync(join(indexDir, meta)));
    if (bytes.toString('latin1', 0, prefix.length) !== prefix) {
      throw new Error(`Pagefind: ${meta} does not start as Pagefind's metadata does ("${prefix}")`);
    }
    for (const text of textStringsOf(bytes.subarray(prefix.length))) hashes.add(text);
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
  const unnamed = [
    ...readdirSync(indexDir).filter((name) => isMeta(name) && !metas.has(name)),
    ...hashedFolders.flatMap((folder) =>
      existsSync(join(indexDir, folder))
        ? readdirSync(join(indexDir, folder))
            .filter((name) => !hashes.has(hashOf(name)))
            .map((name) => `${folder}/${name}`)
        : [],
    ),
  ];
  for (const path of unnamed) rmSync(join(indexDir, path));
  return unnamed;
}
