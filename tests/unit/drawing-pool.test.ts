import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DrawingPool } from '../../src/build-time/drawing-pool';

// No fonts: the trees below hold no text, so satori never needs one.
const size = { width: 40, height: 20 };
const box = (children?: unknown) => ({
  type: 'div',
  props: { style: { display: 'flex', width: '100%', height: '100%', backgroundColor: '#0f766e' }, children },
});
const pool = new DrawingPool({ fonts: [], size }, 2);

/** The command lines of this process's children, as Linux lists them. */
function childCommandLines(): string[][] {
  const tasks = readdirSync(`/proc/${process.pid}/task`);
  const children = tasks.flatMap((task) =>
    readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' '),
  );
  return children
    .filter(Boolean)
    .map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean));
}

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

  it("starts each worker without the build's own flags (a profiler, an inspector)", async () => {
    const drawing = pool.draw(box());
    // The worker exists once draw() returns: Node's fork has started its program by then.
    const workers = childCommandLines().filter((args) => args.some((arg) => arg.endsWith('share-image-worker.mjs')));
    // Workers of the tests above may still be on their way out.
    expect(workers.length).toBeGreaterThan(0);
    for (const args of workers) expect(args.slice(1, -1)).toEqual([]);
    await drawing;
  });

  it('fails the image whose tree cannot be drawn, with the reason, and draws the next', async () => {
    await expect(pool.draw(box({ type: 'div', props: { style: { display: 'table' } } }))).rejects.toThrow(
      /share image not drawn: .*display/,
    );
    expect((await pool.draw(box())).toString('latin1', 12, 16)).toBe('IHDR');
  });
});
