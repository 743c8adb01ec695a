import { describe, expect, it } from 'vitest';
import { releaseHeap, releaseHeapBefore, rendersMostPaths } from '../../src/lib/heap';

/** Makes a million small objects and keeps every fiftieth: the rest are garbage once it returns. */
function scatteredSurvivors(): object[] {
  const made = Array.from({ length: 1_000_000 }, (_, i) => ({ i, text: `x${i}` }));
  return made.filter((_, i) => i % 50 === 0);
}

describe('giving the heap back', () => {
  it('compacts the heap, so pages where a few objects live on are given back too', () => {
    // A build's heap after its pages: most objects dead, a few still used scattered among them.
    // An ordinary full collection frees the dead ones but keeps every page a living one sits on.
    const kept = scatteredSurvivors();
    const before = process.memoryUsage().heapTotal;
    const released = releaseHeap();
    const after = process.memoryUsage().heapTotal;
    expect(kept).toHaveLength(20_000);
    expect(after).toBeLessThan(before / 2);
    // What it reports is the fall of the process's resident memory, which the build logs.
    expect(released).toBeGreaterThan((before - after) / 2);
  });
});

describe('whether to give the heap back before the pages', () => {
  it('does in a build that renders most of its paths, as a cold one does', () => {
    expect(rendersMostPaths(6694, 0)).toBe(true);
    expect(rendersMostPaths(6694, 3346)).toBe(true);
  });

  it('does not in a build that keeps half its outputs or more from the last one', () => {
    // After one edited case at 1,000 cases: 68 paths rendered again of 6,694.
    expect(rendersMostPaths(6694, 6626)).toBe(false);
    expect(rendersMostPaths(6694, 3347)).toBe(false);
  });
});

describe('the line the build logs', () => {
  it('names the step, the memory given back and the time it took', () => {
    expect(releaseHeapBefore('the pages')).toMatch(
      /^gave -?\d+\.\d\d GB back to the system in \d+\.\d\d s before the pages$/,
    );
  });
});
