import { getCollection } from 'astro:content';
import { listKeyOf } from './page-key';

let key: Promise<string> | undefined;

/** listKeyOf every case and guide, worked out once per build for every list route to share. */
export function getListKey(): Promise<string> {
  key ??= Promise.all([getCollection('sentra'), getCollection('panduan')]).then(([cases, guides]) =>
    listKeyOf([...cases, ...guides]),
  );
  return key;
}
