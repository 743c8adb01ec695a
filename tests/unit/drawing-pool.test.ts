import { describe, expect, it } from 'vitest';
import { DrawingPool } from '../../src/lib/drawing-pool';

// No fonts: the trees below hold no text, so satori never needs one.
const size = { width: 40, height: 20 };
const box = (children?: unknown) => ({
  type: 'div',
  props: { style: { display: 'flex', width: '100%', height: '100%', backgroundColor: '#0f766e' }, children },
});
const pool = new DrawingPool({ fonts: [], size }, 2);

describe('drawing share images on worker threads', () => {
  it('draws each tree as a PNG of the canvas size', async () => {
    const pngs = await Promise.all([box(), box(), box()].map((tree) => pool.draw(tree)));
    for (const png of pngs) {
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([40, 20]);
    }
  });

  it('stops every worker once nothing is left to draw', async () => {
    const drawing = Promise.all([box(), box(), box()].map((tree) => pool.draw(tree)));
    expect(pool.running).toBe(2);
    await drawing;
    expect(pool.running).toBe(0);
  });

  it('fails the image whose tree cannot be drawn, with the reason, and draws the next', async () => {
    await expect(pool.draw(box({ type: 'div', props: { style: { display: 'table' } } }))).rejects.toThrow(
      /share image not drawn: .*display/,
    );
    expect((await pool.draw(box())).toString('latin1', 12, 16)).toBe('IHDR');
  });
});
