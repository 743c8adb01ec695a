import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Has V8 collect all it can, compact its heap and give the freed pages back to the system: what it
 * does on its own only when memory runs short. The build calls it after the last page is written,
 * before Pagefind's binary starts beside the Astro process (at 1,000 cases the process then held
 * 1.3 GB, of which this gave back 0.4 GB in 0.3 s, where an ordinary full collection gave back
 * nothing), and before the pages of a build that renders most of them (the prerenderer in
 * src/integrations/kept-outputs.ts). Node exposes the collector only to code started with
 * --expose-gc; the flag set at run time takes effect for contexts made after it. Returns how far
 * the process's resident memory fell, in bytes.
 */
export function releaseHeap(): number {
  const before = process.memoryUsage.rss();
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as Collect;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return before - process.memoryUsage.rss();
}

/** Releases the heap (above) and says how much it gave back and how long that took, for the build's log. */
export function releaseHeapBefore(step: string): string {
  const started = performance.now();
  const released = releaseHeap();
  const seconds = (performance.now() - started) / 1000;
  return `gave ${(released / 1e9).toFixed(2)} GB back to the system in ${seconds.toFixed(2)} s before ${step}`;
}

/**
 * Whether a build renders most of its paths: fewer than half of them have an output kept from the
 * last build (`kept`, the outputs linked into the new one). Such a build's heap keeps what the
 * bundling left (V8 holds on to the memory it has, 0.4 GB more at 1,000 cases) while the pages
 * step, the build's peak at that size, adds to it; giving it back first lowered the peak by about
 * 0.15 GB. A rebuild after an edit renders a few dozen paths of thousands: a full collection there
 * would cost its time for nothing.
 */
export const rendersMostPaths = (paths: number, kept: number): boolean => kept * 2 < paths;
