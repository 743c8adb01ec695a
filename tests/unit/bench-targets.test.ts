import { describe, expect, it } from 'vitest';
import { targetRows, type SizeFigures } from '../bench/targets';

const GB = 1024 ** 3;

// A number of cases where every target holds: the site 1.2× the baseline cold, 1.8× fully cold,
// its rebuild 0.4× the baseline's, 5 GB at its peak.
const holding: SizeFigures = {
  imagesKept: 12,
  cold: 18,
  rebuild: 4,
  baselineCold: 10,
  baselineRebuild: 10,
  peakBytes: 5 * GB,
  baselinePeakBytes: 4 * GB,
  largestPage: 30 * 1024,
};

const rowsOf = (rows: ReturnType<typeof targetRows>, label: string) =>
  rows.filter((row) => row.cells[0]!.startsWith(label));

describe('the targets of issue 27 beside the figures', () => {
  it('marks a figure only at the numbers of cases its target names', () => {
    const rows = targetRows({
      sizes: new Map([
        [1000, holding],
        [300, { ...holding, imagesKept: 20 }],
      ]),
    });
    const cold = rowsOf(rows, 'cold build, share images restored');
    expect(cold.map((row) => [row.cells[1], row.met])).toEqual([
      ['300', undefined],
      ['1,000', true],
      ['3,000', undefined],
      ['14,000', undefined],
    ]);
    expect(cold[0]!.cells[4]).toBe('2.00×');
  });

  it('says which named numbers of cases this run did not build', () => {
    const rows = targetRows({ sizes: new Map([[1000, holding]]) });
    for (const label of ["rebuild after one story's edit", 'peak memory', 'cold first search']) {
      const national = rowsOf(rows, label).find((row) => row.cells[1] === '14,000');
      expect(national?.cells[2]).toBe('not measured this run');
      expect(national?.met).toBeUndefined();
    }
  });

  it('holds each target to its own limit at national scale', () => {
    const national = { ...holding, imagesKept: 14, cold: 21, rebuild: 6, peakBytes: 7 * GB };
    const rows = targetRows({
      sizes: new Map([[14000, national]]),
      search: { n: 14000, sentBytes: 300_000, baselineSentBytes: 296_000, firstResultMs: 290 },
    });
    const at = (label: string) => rowsOf(rows, label).find((row) => row.cells[1] === '14,000')?.met;
    expect(at('cold build, share images restored')).toBe(false);
    expect(at('fully cold build')).toBe(false);
    expect(at("rebuild after one story's edit")).toBe(false);
    expect(at('peak memory')).toBe(false);
    expect(at('cold first search')).toBe(false);
    expect(at('first search: last keystroke')).toBe(true);
    const heldRows = targetRows({ sizes: new Map([[14000, holding]]) });
    expect(rowsOf(heldRows, '').filter((row) => row.cells[1] === '14,000' && row.met === false)).toEqual([]);
  });

  it("prints the share images' part of a fully cold build", () => {
    const [cold] = rowsOf(targetRows({ sizes: new Map([[1000, holding]]) }), 'fully cold build');
    expect(cold!.cells[2]).toBe('18.0 s, images 6.0 s (33%)');
  });

  it('holds every page of every size and of the real content to the budget, and Lighthouse to 100', () => {
    const rows = targetRows({
      sizes: new Map([[100, holding]]),
      real: { largestPage: 101 * 1024, lowestScore: 98, lowestWhere: 'search, performance' },
    });
    expect(rowsOf(rows, 'largest HTML page')[0]).toMatchObject({
      met: false,
      cells: expect.arrayContaining(['real content']),
    });
    expect(rowsOf(rows, 'Lighthouse')[0]).toMatchObject({ met: false });
  });
});
