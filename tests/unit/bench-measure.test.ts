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

describe('the CPU time of a build', () => {
  // About 0.2 s of one core's work in the shell, run by a shell the command starts: a grandchild.
  const busy = "sh -c 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done'";

  it('counts the work of the processes the command started and waited for', async () => {
    const run = await measure('/bin/sh', ['-c', busy], {}, dir);
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(0.1);
  });

  it('counts the work of a process nothing waited for', async () => {
    // The shell becomes `sleep`, which never waits for the busy child the shell started: as when
    // Pagefind's API kills its binary and the build ends before Node waits for it.
    // Two seconds of waiting leave the busy child time to finish on a loaded machine: once the
    // waiting ends, the child no longer belongs to the command and is not sampled.
    const longer = busy.replace('300000', '700000');
    const run = await measure('/bin/sh', ['-c', `${longer} & exec sleep 2`], {}, dir);
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(0.2);
  });

  it('does not count the time a command only waits', async () => {
    const run = await measure('/bin/sh', ['-c', 'sleep 0.5'], {}, dir);
    expect(run.seconds).toBeGreaterThanOrEqual(0.5);
    expect(run.cpuSeconds).toBeLessThan(0.1);
  });
});
