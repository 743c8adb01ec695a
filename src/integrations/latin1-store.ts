import type { Plugin } from 'vite';
import { escapeJsonBeyondLatin1 } from '../lib/latin1-text';

/** Astro's module of its content store, whole or in chunks (`experimental.collectionStorage`). */
export const storeModule = /^\0astro:data-layer-content(?:-chunk:.*)?$/;

/**
 * Writes Astro's content store module with Latin-1 characters only (src/lib/latin1-text.ts), so
 * the build keeps it at half the memory through the pages and Pagefind's step.
 */
export function latin1Store(): Plugin {
  return {
    name: 'etalase:latin1-store',
    enforce: 'post',
    transform: {
      filter: { id: storeModule },
      handler(code) {
        const escaped = escapeJsonBeyondLatin1(code);
        return escaped === code ? null : { code: escaped, map: { mappings: '' } };
      },
    },
  };
}
