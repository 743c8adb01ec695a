// The two builds the benchmark compares: this site, and the plain Astro + MDX baseline in
// tests/bench/baseline followed by the Pagefind CLI, over the same case files.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localSite } from '../../src/build-time/integrations/require-site.ts';
import { imageCacheDirOf } from '../../src/build-time/site-settings.ts';
import { buildScriptEnv, root } from '../support/astro-build.ts';
import { storeFileBytes, watchStoreModule } from './content-store.ts';
import { measure } from './measure.ts';
import { discard } from './trash.ts';

/** What one build cost, and how long its main steps took within it. */
export interface BuildCost {
  seconds: number;
  peakBytes: number;
  /** The peak while Pagefind indexes, and outside that step (measure.ts). */
  peakSplit: { indexing: number; other: number };
  pagefindSeconds: number;
  /** The CPU time of the build and every process it ran (measure.ts). */
  cpuSeconds: number;
  /** Astro's own steps, as its log times them: content sync, bundling, page rendering. */
  steps: { sync: number; bundle: number; pages: number };
  /** Astro's content store: its file in the cache folder, and its module in the server bundle (content-store.ts). */
  store: { fileBytes: number; moduleBytes: number };
}

/**
 * A duration as Astro or Vite logs it, "693ms", "16.65s" or "1m 4s", in seconds. Vite leaves the
 * seconds out of a duration within half a second of a whole minute: "1m".
 */
export function logSeconds(text: string | undefined): number {
  const match = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(text?.trim() ?? '');
  if (!match || (match[1] === undefined && match[2] === undefined)) return NaN;
  const [, minutes = '0', value = '0', unit] = match;
  return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

/** The times Astro logs for its steps (the first "built in" is the server bundle). */
function stepsOf(output: string): BuildCost['steps'] {
  return {
    // Past a minute Astro writes "1m 30s", two words.
    sync: logSeconds(/\[types\] Generated ((?:\d+m\s+)?[\d.]+m?s)/.exec(output)?.[1]),
    bundle: logSeconds(/\[vite\] ✓ built in ([\dms. ]+)/.exec(output)?.[1]),
    pages: logSeconds(/generating static routes[\s\S]*?✓ Completed in ([\dms. ]+)\./.exec(output)?.[1]),
  };
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
// The Pagefind CLI's own launcher, which starts its binary (node_modules/.bin/pagefind).
const pagefind = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const baselineRoot = join(root, 'tests/bench/baseline');
// NODE_DISABLE_COMPILE_CACHE: Astro's launcher turns on Node's compile cache, which keeps a
// compiled copy of each module loaded in the system's temporary folder and never removes one. A
// build's chunks are named after their content, and the cases here sit in a new folder each run,
// so every build of 1,000 cases left about 2,000 files (43 MB) there for good. Both sides go
// without it, alike.
const quiet = { ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '1' };

/**
 * A cold build starts without the caches of earlier builds; `images` is cold but for the share
 * images kept from the last build, as a deploy restores that one folder; a warm one keeps every
 * cache (Astro's incremental build included).
 */
export type Start = 'cold' | 'images' | 'warm';

// astro.config.mjs's cacheDir.
const siteCache = join(root, '.astro/cache');
// Where the site keeps its share images between builds, by the site's own rule, so the two cannot
// drift apart; without the trailing slash, as a folder to rename.
const shareImages = resolve(imageCacheDirOf(pathToFileURL(`${siteCache}/`)));
// The site stages each build here (src/build-time/integrations/atomic-dist.ts); Astro writes a static
// build's server bundle into .prerender/ of the output folder and deletes it at the end.
const siteChunks = join(root, '.dist-staging/.prerender/chunks');

/**
 * Sets aside the caches that would let a build skip the work the last one did (Astro's store and
 * incremental build, the share images), but the share images where `start` keeps them.
 */
function clearSiteCaches(start: Start): void {
  if (start === 'warm') return;
  const kept = join(root, '.astro', `bench-share-images-${process.pid}`);
  const keepImages = start === 'images' && existsSync(shareImages);
  if (keepImages) renameSync(shareImages, kept);
  discard(siteCache);
  if (!keepImages) return;
  mkdirSync(siteCache, { recursive: true });
  renameSync(kept, shareImages);
}

/**
 * Builds this site from the cases in `casesDir` into `outDir`. Its own staging folder is moved to
 * `outDir` at the end (src/build-time/integrations/atomic-dist.ts), so the project's dist/ is never touched.
 */
export async function buildSite(casesDir: string, outDir: string, start: Start = 'cold'): Promise<BuildCost> {
  clearSiteCaches(start);
  const env = { ...buildScriptEnv(), ...quiet, SITE_URL: localSite, SENTRA_CONTENT_DIR: casesDir };
  const stopWatching = watchStoreModule(siteChunks);
  const run = await measure(process.execPath, [astro, 'build', '--outDir', outDir], env, root).finally(stopWatching);
  const indexed = /indexed \d+ pages in ([\d.]+) s/.exec(run.output);
  if (!indexed) throw new Error(`The build did not say how long its search index took:\n${run.output.slice(-2000)}`);
  return {
    seconds: run.seconds,
    peakBytes: run.peakBytes,
    peakSplit: run.peakSplit,
    pagefindSeconds: Number(indexed[1]),
    cpuSeconds: run.cpuSeconds,
    steps: stepsOf(run.output),
    store: { fileBytes: storeFileBytes(siteCache), moduleBytes: stopWatching() },
  };
}

/** Builds the baseline from the same cases into `outDir`, then indexes it with the Pagefind CLI. */
export async function buildBaseline(casesDir: string, outDir: string, start: Start = 'cold'): Promise<BuildCost> {
  if (start !== 'warm') discard(join(baselineRoot, '.astro'));
  const env = { ...quiet, BENCH_CONTENT_DIR: casesDir };
  const stopWatching = watchStoreModule(join(outDir, '.prerender/chunks'));
  const site = await measure(
    process.execPath,
    [astro, 'build', '--root', baselineRoot, '--outDir', outDir],
    env,
    root,
  ).finally(stopWatching);
  const search = await measure(process.execPath, [pagefind, '--site', outDir], { ...quiet }, root);
  return {
    seconds: site.seconds + search.seconds,
    peakBytes: Math.max(site.peakBytes, search.peakBytes),
    // The CLI runs after Astro has exited: its step is the one where Pagefind indexes.
    peakSplit: { indexing: search.peakBytes, other: site.peakBytes },
    pagefindSeconds: search.seconds,
    cpuSeconds: site.cpuSeconds + search.cpuSeconds,
    steps: stepsOf(site.output),
    store: { fileBytes: storeFileBytes(join(baselineRoot, '.astro/cache')), moduleBytes: stopWatching() },
  };
}

/** Sets aside the caches the builds left, so the next build of the project starts from its own content. */
export function removeCaches(): void {
  discard(siteCache);
  discard(join(baselineRoot, '.astro'));
}
