import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Has V8 collect all it can, compact its heap and give the freed pages back to the system: what it
 * does on its own only when memory runs short. The build calls it once, after the last page is
 * written and before Pagefind's binary starts beside the Astro process: at 1,000 cases the process
 * then held 1.3 GB, of which this gave back 0.4 GB in 0.3 s, where an ordinary full collection gave
 * back nothing. Node exposes the collector only to code started with --expose-gc; the flag set
 * at run time takes effect for contexts made after it. Returns how far the process's resident
 * memory fell, in bytes.
 */
export function releaseHeap(): number {
  const before = process.memoryUsage.rss();
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as Collect;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return before - process.memoryUsage.rss();
}
