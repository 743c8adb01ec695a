import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { ContentDirs } from '../content-check/case-files';

/** What a build knows about itself that pages need, read from `virtual:etalase/settings`. */
export interface SiteSettings {
  /** Where the share images are kept between builds (in Astro's cache folder). */
  imageCacheDir: string;
  /** The month of the build, `2026-12`: how old a status is, judged when the page was made. */
  buildMonth: string;
  /** The address readers write to with a correction; empty where the build was not given one. */
  correctionsEmail: string;
  /** The repository's web address, for links to a change; empty where not given. */
  repositoryUrl: string;
  /** True under `npm run dev`. */
  dev: boolean;
  /** The folders of the cases and the guides, where `npm run dev` checks the file of a page asked for. */
  contentDirs: ContentDirs;
}

/** The folders of the content: tests and benchmarks point SENTRA_CONTENT_DIR at synthetic cases. */
export function contentDirs(env: Record<string, string | undefined> = process.env): ContentDirs {
  return { sentra: env.SENTRA_CONTENT_DIR || './content/sentra', panduan: './content/panduan' };
}

/** Where the share images are kept between builds: a folder of Astro's cache folder. */
export function imageCacheDirOf(cacheDir: URL): string {
  return fileURLToPath(new URL('share-images/', cacheDir));
}

const id = 'virtual:etalase/settings';

/** The settings from the build's environment; `now` is a parameter so tests can fix the month. */
export function readSettings(
  env: Record<string, string | undefined>,
  cacheDir: URL,
  dev: boolean,
  now = new Date(),
): SiteSettings {
  return {
    imageCacheDir: imageCacheDirOf(cacheDir),
    buildMonth: env.BUILD_MONTH || now.toISOString().slice(0, 7),
    correctionsEmail: env.CORRECTIONS_EMAIL ?? '',
    repositoryUrl: env.REPOSITORY_URL ?? '',
    dev,
    contentDirs: contentDirs(env),
  };
}

function settingsModule(settings: SiteSettings): Plugin {
  return {
    name: 'etalase:settings',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) => (source === `\0${id}` ? `export default ${JSON.stringify(settings)};` : undefined),
  };
}

/**
 * Hands the build's settings to pages and routes through one virtual module, so no page reads the
 * environment or a global: what a page shows depends only on its entry and these settings, which
 * pages that use them put in their cache key.
 */
export function siteSettings(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'site-settings',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const settings = readSettings(env, config.cacheDir, command === 'dev');
        if (command === 'build' && !settings.correctionsEmail) {
          logger.warn(
            'CORRECTIONS_EMAIL belum diisi: tautan "Laporkan koreksi" mengarah ke /tentang/. Isi dengan alamat surel tim redaksi.',
          );
        }
        updateConfig({ vite: { plugins: [settingsModule(settings)] } });
      },
    },
  };
}
