// The size of Astro's content store, which holds every case's data and, since bodies are data,
// its rendered HTML: the file Astro keeps in its cache folder, and the module it compiles that
// file into in the server bundle, which each build loads whole when a page first asks for a
// collection. Read for the bench only, by the names Astro 7 gives them; a name that changes
// prints 0, never a failed build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bytes of the store in a project's cache folder: data-store.json, or, where Astro splits the
 * store into chunks, the files of its data-store/ folder.
 */
export function storeFileBytes(cacheDir: string): number {
  const file = join(cacheDir, 'data-store.json');
  if (existsSync(file)) return statSync(file).size;
  const folder = join(cacheDir, 'data-store');
  if (!existsSync(folder)) return 0;
  return readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}

// The chunks of the store in the server bundle: Rolldown names a chunk after its module,
// `astro:data-layer-content` (and its `-chunk:` parts where the store is split).
const storeChunk = /^_astro_data-layer-content.*\.mjs$/;

/** Bytes of the store's chunks in a server bundle's chunks folder, 0 where there is none (yet). */
export function storeModuleBytes(chunksDir: string): number {
  let names: string[];
  try {
    names = readdirSync(chunksDir);
  } catch {
    return 0;
  }
  let sum = 0;
  for (const name of names) {
    if (!storeChunk.test(name)) continue;
    try {
      sum += statSync(join(chunksDir, name)).size;
    } catch {
      // Removed between the listing and the look: the build is done with it.
    }
  }
  return sum;
}

/**
 * Looks at `chunksDir` every `everyMs` while a build runs, and returns how to stop looking: it
 * gives the largest size of the store's module seen. A static build deletes its server bundle
 * when it ends, so the module can only be weighed while the pages render.
 */
export function watchStoreModule(chunksDir: string, everyMs = 100): () => number {
  let largest = 0;
  const look = () => (largest = Math.max(largest, storeModuleBytes(chunksDir)));
  const timer = setInterval(look, everyMs);
  return () => {
    clearInterval(timer);
    look();
    return largest;
  };
}
