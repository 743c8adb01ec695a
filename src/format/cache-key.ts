import { createHash } from 'node:crypto';

/**
 * A short name for content, made of everything that decides it: equal parts, equal names. Kept
 * share images, pages' cache keys and the finder's card files are named by it.
 */
export function cacheKeyOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}
