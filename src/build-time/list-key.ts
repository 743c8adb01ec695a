import { getCollection } from 'astro:content';
import { listKeyOf } from './page-key';

// Kept for the process: a build reads its content once. The dev server, which may run on across
// edits, uses no cacheKey, so a key it kept from before an edit does no harm.
let key: Promise<string> | undefined;

/** listKeyOf every case and guide, worked out once per build for every list route to share. */
export function getListKey(): Promise<string> {
  key ??= Promise.all([getCollection('sentra'), getCollection('panduan')]).then(([cases, guides]) =>
    listKeyOf([...cases, ...guides]),
  );
  return key;
}
