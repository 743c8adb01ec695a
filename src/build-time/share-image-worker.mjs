// A worker process that lays out (satori), draws (resvg) and encodes (sharp) share images. All
// three are CPU-bound and took most of a large build's main thread; here they run on the other
// cores while the build renders pages (src/build-time/drawing-pool.ts says why a process, not a thread).
// Plain JavaScript, so Node loads it as it stands, outside Vite's bundle.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** @typedef {{ fonts: import('satori').Font[], size: { width: number, height: number } }} WorkerData */

/** @type {WorkerData | undefined} */
let setup;

/** Bytes come over the channel as plain Uint8Arrays; satori reads fonts from Buffers. */
const asBuffer = (/** @type {Uint8Array} */ bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** @param {unknown} tree */
async function draw(tree) {
  if (!setup) throw new Error('no fonts and size before the first image');
  // satori's types expect a React element; the plain object tree is what it reads either way.
  const svg = await satori(/** @type {never} */ (tree), { ...setup.size, fonts: setup.fonts });
  const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  // sharp's PNG encoder (libvips) is faster than resvg's own and its file smaller. The card
  // is opaque (its background fills the canvas), so the alpha channel is dropped: three bytes a
  // pixel to compress, not four. Level 4 of the three channels is quicker than level 6 of the four
  // and makes a file of the same size.
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 4 })
    .toBuffer();
}

process.on('message', async (/** @type {{ workerData?: WorkerData, tree?: unknown }} */ message) => {
  if (message.workerData) {
    const { fonts, size } = message.workerData;
    setup = { size, fonts: fonts.map((font) => ({ ...font, data: asBuffer(/** @type {Uint8Array} */ (font.data)) })) };
    return;
  }
  try {
    process.send?.({ png: await draw(message.tree) });
  } catch (error) {
    process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
