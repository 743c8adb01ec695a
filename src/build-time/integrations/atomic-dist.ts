import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Builds into a staging folder and moves it to dist/ only once every step has passed, so a
 * failed build (a bad case, a page that throws, a search index that cannot be written) leaves
 * the previous complete site in dist/, never a half-built one. Must be the last integration.
 */
export function atomicDist(): AstroIntegration {
  let finalDir = '';
  let stagingDir = '';
  return {
    name: 'atomic-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        const staging = new URL('./.dist-staging/', config.root);
        stagingDir = fileURLToPath(staging);
        rmSync(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: staging });
      },
      'astro:build:done': () => {
        if (!stagingDir || !existsSync(stagingDir)) return;
        rmSync(finalDir, { recursive: true, force: true });
        renameSync(stagingDir, finalDir);
      },
    },
  };
}
