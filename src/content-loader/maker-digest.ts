import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { rendererVersion } from './render-body';

// The collections' config imports, directly or not, every source that makes a stored entry: the
// schema, the checks, the renderer, the enrichment and whatever they read (the citation markup,
// the vocabularies, the date and number formats, the place list's code).
const collectionsConfig = 'src/content.config.ts';

/**
 * The project's source files a stored entry is made from, found by following the imports of the
 * collections' config (packages left out: the place list counts by its version, see below).
 */
export function makerFiles(): string[] {
  const { metafile } = buildSync({
    entryPoints: [collectionsConfig],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs).sort();
}

let codeDigest: string | undefined;

/**
 * A digest of what made a stored entry besides its own file: the renderer's version, every source
 * in `makerFiles()` and the version of the official list of places. A change to any of them must
 * check, render and enrich every file again. Read once per process (a dev server restarts when its
 * config's imports change).
 */
export function makerDigest(): string {
  if (codeDigest) return codeDigest;
  const hash = createHash('sha256').update(String(rendererVersion));
  for (const file of [...makerFiles(), 'node_modules/idn-area-data/package.json']) {
    hash.update(file).update(readFileSync(file));
  }
  codeDigest = hash.digest('hex');
  return codeDigest;
}
