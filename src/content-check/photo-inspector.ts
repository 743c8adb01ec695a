import { readFileSync, statSync } from 'node:fs';
import { imageMetadata } from 'astro/assets/utils';
import { photoExtensions } from '../schema/photo';

/** What a photo file is, as far as the check needs to know. */
export type PhotoFile = { kind: 'missing' } | { kind: 'unreadable' } | { kind: 'photo'; width: number; height: number };

/**
 * A photo file on disk: missing, not a photo in one of the formats allowed whatever its extension
 * says (a HEIC photo renamed to .jpg, a damaged file), or a photo with its size from its header.
 * The web editor's copy of the check answers from a list the build makes (./browser/photo-inspector.ts).
 */
export async function inspectPhoto(path: string): Promise<PhotoFile> {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return { kind: 'missing' };
  try {
    const metadata = await imageMetadata(readFileSync(path), path);
    if (!(photoExtensions as readonly string[]).includes(metadata.format)) return { kind: 'unreadable' };
    return { kind: 'photo', width: metadata.width, height: metadata.height };
  } catch {
    return { kind: 'unreadable' };
  }
}
