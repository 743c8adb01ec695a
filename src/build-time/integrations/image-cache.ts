import type { AstroIntegration } from 'astro';
import { pruneImages } from '../image-cache';
import { imageCacheDirOf } from '../site-settings';

/**
 * Keeps the share images between builds in Astro's cache folder (`cacheDir`/share-images), and
 * after a build removes the ones no page used any more, so the folder does not grow with edits.
 */
export function imageCache(): AstroIntegration {
  let folder = '';
  let started = 0;
  return {
    name: 'image-cache',
    hooks: {
      'astro:config:setup': ({ config }) => {
        folder = imageCacheDirOf(config.cacheDir);
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        // A second of slack: a file system may keep times coarser than the clock.
        const removed = pruneImages(folder, started - 1000);
        if (removed > 0) logger.info(`removed ${removed} share images no page uses any more`);
      },
    },
  };
}
