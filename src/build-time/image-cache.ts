import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

// Drawing the share images is most of a large build's work, and an edit touches one case: the
// images are kept between builds under Astro's cache folder, each named by a hash of everything
// that decides its pixels, so a changed card, design, font or renderer draws afresh.

// Images being drawn into the folder ahead of their pages, by key (see prepareImage).
const drawing = new Map<string, Promise<void>>();

function keep(file: string, image: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written under a temporary name first: a build stopped mid-write must not leave half an image
  // that the next build would take for a whole one.
  // The temporary name is this process's own: two builds at once never write into one file.
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, image);
  renameSync(part, file);
}

/**
 * Starts drawing the image for `key` into `dir` if it is not kept there yet, without waiting for
 * it: the build renders other pages meanwhile, and cachedImage then waits for this drawing instead
 * of starting another. A failure is not lost: cachedImage reports it for the page that asks.
 */
export function prepareImage(dir: string | undefined, key: string, draw: () => Promise<Buffer>): void {
  if (!dir || drawing.has(key)) return;
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) {
    // Touched as in use: Astro's incremental build may copy this image's page from its own cache
    // without asking for the image, and the pruning after the build must keep it all the same.
    const now = new Date();
    utimesSync(file, now, now);
    return;
  }
  const done = draw().then((image) => keep(file, image));
  // Caught here only so that Node does not stop the build before the page asks for the image.
  done.catch(() => {});
  drawing.set(key, done);
}

/**
 * The image kept under `key` in `dir`, or, if there is none, the one `draw` makes, kept for the
 * next build. A kept image is touched, so pruning after the build knows it is still in use.
 * Without a folder (tests, or a build that sets none) every image is drawn.
 */
export async function cachedImage(dir: string | undefined, key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  if (!dir) return draw();
  const prepared = drawing.get(key);
  if (prepared) {
    drawing.delete(key);
    await prepared;
  }
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) {
    const now = new Date();
    utimesSync(file, now, now);
    return readFileSync(file);
  }
  const image = await draw();
  keep(file, image);
  return image;
}

/** Removes the images no page of the build that started at `since` used; returns how many. */
export function pruneImages(dir: string, since: number): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).mtimeMs < since) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
