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
    // sharp's PNG encoder (libvips) takes about 6 ms where resvg's own takes 10, and its file is a
    // fifth smaller (about 45 KB against 55) at the same pixels.
    const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
      .png({ compressionLevel: 6 })
      .toBuffer();
    parentPort?.postMessage({ png });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
