import type { PathWithRoute } from 'astro';

// Astro renders paths in the order of its routes, and the share images (/og/) sort in the middle:
// the build would wait there for every image to be drawn, with nothing else to do. Drawn last,
// they are made in worker processes while the pages render, and are mostly ready when asked for.

/** Whether a path is an image, drawn rather than rendered. */
const isImage = ({ pathname }: PathWithRoute) => pathname.endsWith('.png');

/** The same paths, pages first and images last, each group in Astro's own order. */
export function imagesLast(paths: PathWithRoute[]): PathWithRoute[] {
  return [...paths.filter((path) => !isImage(path)), ...paths.filter(isImage)];
}
