import { describe, expect, it } from 'vitest';
import { DrawingPool, drawingEnv } from '../../src/lib/drawing-pool';

// No fonts: the trees below hold no text, so satori never needs one.
const size = { width: 40, height: 20 };
const box = (children?: unknown) => ({
  type: 'div',
  props: { style: { display: 'flex', width: '100%', height: '100%', backgroundColor: '#0f766e' }, children },
});
const pool = new DrawingPool({ fonts: [], size }, 2);

describe('drawing share images in worker processes', () => {
  it('draws each tree as a PNG of the canvas size, in colour without an alpha channel', async () => {
    const pngs = await Promise.all([box(), box(), box()].map((tree) => pool.draw(tree)));
    for (const png of pngs) {
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([40, 20]);
      // Bit depth 8, colour type 2 (RGB): a share card is opaque, and an alpha channel would be a
      // quarter more bytes to compress for nothing.
      expect([png[24], png[25]]).toEqual([8, 2]);
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

describe('the environment a drawing worker starts with', () => {
  it("is the build's, without the setting that makes the renderer's allocator give memory back at once", () => {
    const env = drawingEnv({ PATH: '/usr/bin', SITE_URL: 'https://example.id/', MIMALLOC_PURGE_DELAY: '0' });
    expect(env).toEqual({ PATH: '/usr/bin', SITE_URL: 'https://example.id/' });
  });

  it("leaves the build's own environment as it was", () => {
    const build = { MIMALLOC_PURGE_DELAY: '0' };
    drawingEnv(build);
    expect(build).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
  });
});
