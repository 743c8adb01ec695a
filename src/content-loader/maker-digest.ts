import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSync, type Metafile } from 'esbuild';
import { packageVersion } from '../build-time/package-version';

// The collections' config imports, directly or not, every source that makes a stored entry: the
// schema, the checks, the renderer, the enrichment and whatever they read (the citation markup,
// the vocabularies, the date and number formats, the place list's code).
const collectionsConfig = 'src/content.config.ts';

let graph: Metafile | undefined;
function importGraph(): Metafile {
  graph ??= buildSync({
    entryPoints: [collectionsConfig],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  }).metafile;
  return graph;
}

/** The project's source files a stored entry is made from, found by following the collections' config's imports. */
export function makerFiles(): string[] {
  return Object.keys(importGraph().inputs).sort();
}

/**
 * The packages those files import (the Markdown and HTML tools, the official list of places, the
 * schema's zod), by name: an upgrade of one can change what a file checks, renders or resolves to.
 */
export function makerPackages(): string[] {
  const names = Object.values(importGraph().inputs)
    .flatMap((input) => input.imports)
    // Node's own modules and Astro's virtual ones (`node:fs`, `astro:content`) are no packages.
    .filter((entry) => entry.external && !/^[a-z]+:/.test(entry.path))
    .map(({ path }) =>
      path
        .split('/')
        .slice(0, path.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return [...new Set(names)].sort();
}

let codeDigest: string | undefined;

/**
 * A digest of what made a stored entry besides its own file: every source in `makerFiles()` and
 * the installed version of every package in `makerPackages()`. A change to any of them must check,
 * render and enrich every file again. Worked out once per process (a dev server restarts when its
 * config's imports change).
 */
export function makerDigest(): string {
  if (codeDigest) return codeDigest;
  const hash = createHash('sha256');
  for (const file of makerFiles()) hash.update(file).update(readFileSync(file));
  for (const name of makerPackages()) hash.update(`${name}@${packageVersion(name)}`);
  codeDigest = hash.digest('hex');
  return codeDigest;
}
