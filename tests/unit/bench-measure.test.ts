import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../bench/measure';
import { tempDir } from '../support/temp-dir';

// A stand-in for Pagefind's binary: a program the kernel names "pagefind…", which only waits.
const dir = tempDir('bench-measure-');
const pagefind = join(dir, 'pagefind_fake');
copyFileSync('/bin/sleep', pagefind);

describe('where a build’s peak memory lies', () => {
  it('counts the samples taken while a Pagefind binary runs apart from the others', async () => {
    const run = await measure('/bin/sh', ['-c', `sleep 0.5; ${pagefind} 0.5`], {}, dir);
    expect(run.peakSplit.other).toBeGreaterThan(0);
    expect(run.peakSplit.indexing).toBeGreaterThan(0);
    expect(run.peakBytes).toBeGreaterThanOrEqual(Math.max(run.peakSplit.indexing, run.peakSplit.other));
  });

  it('has no indexing peak when no Pagefind binary ran', async () => {
    const run = await measure('/bin/sh', ['-c', 'sleep 0.5'], {}, dir);
    expect(run.peakSplit).toEqual({ indexing: 0, other: expect.any(Number) });
    expect(run.peakSplit.other).toBeGreaterThan(0);
  });
});
