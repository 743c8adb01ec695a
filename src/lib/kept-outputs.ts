import { existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Astro's incremental build keeps a copy of every path it rendered with a cacheKey in its cache
// folder, and copies it into the output when the path's key and code are unchanged: after one
// edit at 3,000 cases, about 16,000 copies (pages, share images, open data), each a new file
// written on the disk. Hard-linked into the output before Astro looks, those files already exist
// and Astro leaves them be: no byte is written. A path Astro renders again must first lose its
// link (releaseOutput), or Astro's write would go through it into the cached copy, which the live
// site of the last build shares.

/** Astro's own record of the last build (`incremental-build.json`), as far as it is read here. */
interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/** Where Astro keeps its copy of an output file. */
const cachedCopy = (cacheDir: string, outputFile: string) => join(cacheDir, 'dist', outputFile);

/**
 * The output file of each path of the last build that Astro kept a copy of, by the path's name
 * ("/sentra/x/" → "sentra/x/index.html"). Empty when there is no record or it cannot be read.
 * Paths whose name a URL would spell otherwise (spaces, letters beyond ASCII) are left out: the
 * page that renders one again could not be matched to its link.
 */
export function lastOutputs(cacheDir: string): Map<string, string> {
  const outputs = new Map<string, string>();
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as Manifest;
  } catch {
    return outputs;
  }
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const [pathname, { outputFile }] of Object.entries(route.paths ?? {})) {
      if (typeof outputFile !== 'string' || encodeURI(pathname) !== pathname) continue;
      // A name that climbs out of the output folder is no output of Astro's.
      if (outputFile.split('/').includes('..')) continue;
      outputs.set(pathname, outputFile);
    }
  }
  return outputs;
}

/**
 * Hard-links into `outDir` Astro's kept copy of each output in `outputs` whose path this build
 * still has (`paths`), and returns those linked, by path. A copy that is missing, or a file the
 * build already wrote there, is skipped (Astro renders, copies or keeps that path itself); the
 * first link that fails otherwise (another disk) stops the linking, and Astro copies the rest as
 * it would have.
 */
export function linkLastOutputs(
  cacheDir: string,
  outDir: string,
  outputs: Map<string, string>,
  paths: Set<string>,
): Map<string, string> {
  const linked = new Map<string, string>();
  const folders = new Set<string>();
  try {
    for (const [pathname, outputFile] of outputs) {
      if (!paths.has(pathname)) continue;
      const from = cachedCopy(cacheDir, outputFile);
      if (!existsSync(from)) continue;
      const to = join(outDir, outputFile);
      const folder = dirname(to);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      if (existsSync(to)) continue;
      linkSync(from, to);
      linked.set(pathname, outputFile);
    }
  } catch {
    // A hard link across disks, or where the file system allows none: the links made so far are
    // good ones, and Astro copies every other kept path as it would have.
  }
  return linked;
}

/**
 * Unlinks a path's output, in `outDir` and in Astro's cache, before Astro renders it again: its
 * new bytes then go into new files, and the last build's stay as they were. Any kept path, linked
 * in this build or not: the cached copy may be the live site's file, linked by the build before.
 */
export function releaseOutput(cacheDir: string, outDir: string, outputFile: string): void {
  rmSync(join(outDir, outputFile), { force: true });
  rmSync(cachedCopy(cacheDir, outputFile), { force: true });
}
