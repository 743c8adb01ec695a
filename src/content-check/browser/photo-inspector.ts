import type { PhotoFile } from '../photo-inspector';

/** The files the build found beside the cases, by path from the repository's root. */
let known = new Map<string, PhotoFile>();

/** Sets the files the web editor's check answers from (/admin/photos.json, see photoFiles). */
export function setKnownPhotos(photos: Record<string, PhotoFile>): void {
  known = new Map(Object.entries(photos));
}

/**
 * A photo file as the build found it in the repository. The editor names a photo by its path and
 * cannot upload one (content/README.md): a path the build did not find is a file that is not there.
 */
export async function inspectPhoto(path: string): Promise<PhotoFile> {
  return known.get(path) ?? { kind: 'missing' };
}
