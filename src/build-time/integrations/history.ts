import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { gitLogArgs, parseGitLog, type SiteHistory } from '../../lib/case/history';

const id = 'virtual:etalase/history';

/** The folder whose history pages show: every case and guide lives under it. */
const contentFolder = 'content/';

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // The whole content folder's log in one answer: at national scale, megabytes.
    maxBuffer: 1 << 30,
  });

/** The history of the content folder, and why it is missing where it is: what a build tells readers. */
export function readHistory(root: string): { history: SiteHistory; problem?: string } {
  let shallow: string;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim();
  } catch (error) {
    // No git, or a folder that is no repository (a release tarball), or one git refuses to read.
    const reason = (error as { stderr?: string }).stderr?.trim().split('\n')[0] || (error as Error).message;
    return {
      history: { state: 'tanpa-git', commits: [], files: {} },
      problem: `Riwayat perubahan tidak tersedia (${reason}): halaman kasus menyebutnya. Bangun dari salinan git repositori.`,
    };
  }
  // A shallow clone's oldest commit holds every file as if added that day: wrong dates, so none.
  if (shallow === 'true') {
    return {
      history: { state: 'dangkal', commits: [], files: {} },
      problem:
        'Salinan repositori dangkal: riwayat perubahan tidak lengkap, halaman kasus menyebutnya. Ambil riwayat lengkap (git fetch --unshallow, atau fetch-depth: 0 di CI).',
    };
  }
  return { history: { state: 'lengkap', ...parseGitLog(git(root, gitLogArgs(contentFolder))) } };
}

function historyModule(root: string, logger: AstroIntegrationLogger): Plugin {
  let code: string | undefined;
  return {
    name: 'etalase:history',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      // Read once, when a page first asks: `astro check` and `astro sync` never run git.
      if (code === undefined) {
        const { history, problem } = readHistory(root);
        if (problem) logger.warn(problem);
        code = `export default ${JSON.stringify(history)};`;
      }
      // Marked as content data, as Astro marks its own store of entries: the history is left out of
      // the hash of each route's code, so a new commit does not render every case page again.
      // Each case page's cacheKey holds its own history instead (src/pages/sentra/[slug].astro).
      return { code, meta: { astroIncremental: { kind: 'content-data' } } };
    },
  };
}

/** The Astro line whose content-data marker (`meta.astroIncremental`) this module was written against. */
const markerWrittenFor = '7.3.';

/**
 * The marker above is Astro's own, not a documented API: a build on another Astro line stops here
 * with a message, rather than re-rendering every page after each commit, or worse, keeping stale ones.
 */
export function checkAstroVersion(version: string): void {
  if (!version.startsWith(markerWrittenFor)) {
    throw new Error(
      `src/build-time/integrations/history.ts menandai riwayat sebagai data konten dengan penanda internal Astro ${markerWrittenFor}x, tetapi Astro yang terpasang ${version}. Periksa penanda itu di Astro ${version}, lalu perbarui markerWrittenFor.`,
    );
  }
}

/**
 * Hands pages the history of the content folder, read from git once per build, through the
 * virtual module `virtual:etalase/history`. A shallow clone or a build without git gets no dates,
 * a warning in the build log, and a sentence on each case page saying why.
 */
export function contentHistory(): AstroIntegration {
  return {
    name: 'content-history',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        checkAstroVersion(createRequire(import.meta.url)('astro/package.json').version as string);
        updateConfig({ vite: { plugins: [historyModule(fileURLToPath(config.root), logger)] } });
      },
    },
  };
}
