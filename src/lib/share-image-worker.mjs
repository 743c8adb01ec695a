// A worker thread that lays out (satori), draws (resvg) and encodes (sharp) share images. All three
// are CPU-bound and took most of a large build's main thread; here they run on the other cores
// while the main thread renders pages. Plain JavaScript, so Node loads it as it stands, outside
// Vite's bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** @type {{ fonts: import('satori').Font[], size: { width: number, height: number } }} */
const { fonts, size } = workerData;

parentPort?.on('message', async (/** @type {{ tree: unknown }} */ { tree }) => {
  try {
    // satori's types expect a React element; the plain object tree is what it reads either way.
    const svg = await satori(/** @type {never} */ (tree), { ...size, fonts });
    const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    // sharp's PNG encoder (libvips) is faster than resvg's own and its file smaller. The card
    // is opaque (its background fills the canvas), so the alpha channel is dropped: three bytes a
    // pixel to compress, not four. At level 4 that takes about 4 ms where RGBA at level 6 took
    // 6.6, for a file of the same size (55 KB).
    const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
      .removeAlpha()
      .png({ compressionLevel: 4 })
      .toBuffer();
    parentPort?.postMessage({ png });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
