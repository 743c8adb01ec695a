import { describe, expect, it } from 'vitest';
import { computeGrowth, formatGrowth, toBounds } from '../../src/lib/case/growth';

describe('growth', () => {
  it('divides after by before for single numbers', () => {
    expect(computeGrowth(100, 250)).toEqual({ min: 2.5, max: 2.5 });
    expect(formatGrowth({ min: 2.5, max: 2.5 })).toBe('×2,5');
  });

  it('pairs the ends of ranges so the range of growth is as wide as the sources allow', () => {
    // Omzet Rp200–300 juta → Rp1,5–2 miliar: lowest 1,5 miliar / 300 juta, highest 2 miliar / 200 juta.
    const growth = computeGrowth([200_000_000, 300_000_000], [1_500_000_000, 2_000_000_000]);
    expect(growth).toEqual({ min: 5, max: 10 });
    expect(formatGrowth(growth!)).toBe('×5–×10');
  });

  it('mixes a range and a number: belasan (11–19) workers → about 200', () => {
    const growth = computeGrowth([11, 19], 200)!;
    expect(growth.min).toBeCloseTo(10.526, 3);
    expect(growth.max).toBeCloseTo(18.182, 3);
    expect(formatGrowth(growth)).toBe('×10,5–×18,2');
  });

  it('rounds outward, so the written range holds the true one', () => {
    // 400/70 = 5,714… is written 5,7 (down); 700/50 = 14 stays 14.
    expect(formatGrowth(computeGrowth([50, 70], [400, 700])!)).toBe('×5,7–×14');
    expect(formatGrowth({ min: 1.06, max: 1.31 })).toBe('×1–×1,4');
  });

  it('has no growth from zero', () => {
    expect(computeGrowth(0, 10)).toBeNull();
    expect(computeGrowth([0, 5], 10)).toBeNull();
  });

  it('reads a single number as a range of one point', () => {
    expect(toBounds(7)).toEqual([7, 7]);
    expect(toBounds([1, 2])).toEqual([1, 2]);
  });
});

describe('growth of one exact value', () => {
  it('is one number rounded to the nearest tenth, not a range', () => {
    // Rp170 juta → Rp3 miliar is ×17,647…: ×17,6, never "×17,6–×17,7".
    expect(formatGrowth(computeGrowth(170_000_000, 3_000_000_000)!)).toBe('×17,6');
  });
});
