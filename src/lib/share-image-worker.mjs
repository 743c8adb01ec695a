// A worker thread that lays out (satori) and draws (resvg) share images. Both are CPU-bound and
// took most of a large build's main thread; here they run on the other cores while the main
// thread renders pages. Plain JavaScript, so Node loads it as it stands, outside Vite's bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {{ fonts: import('satori').Font[], size: { width: number, height: number } }} */
const { fonts, size } = workerData;

parentPort?.on('message', async (/** @type {{ tree: unknown }} */ { tree }) => {
  try {
    // satori's types expect a React element; the plain object tree is what it reads either way.
    const svg = await satori(/** @type {never} */ (tree), { ...size, fonts });
    const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
    parentPort?.postMessage({ png });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
