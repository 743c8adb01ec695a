import type { AstroIntegration } from 'astro';

/** The address `npm run dev` serves on, and the one `npm start` and the tests build for. */
export const localSite = 'http://localhost:4321/';

/**
 * Why a build cannot go ahead with the environment given, or undefined when it can. Canonical
 * links, the sitemap, the feed, share links and share images all carry the site's address, so
 * a site built for deployment without it would point every reader and search engine elsewhere.
 */
export function missingSiteProblem(command: string, siteUrl: string | undefined): string | undefined {
  if (command !== 'build' || siteUrl) return undefined;
  return [
    'SITE_URL belum diisi. Alamat situs dipakai untuk tautan kanonik, peta situs, RSS, tautan berbagi dan gambar',
    'berbagi, jadi build untuk dipasang harus menyebutnya: SITE_URL=https://alamat.situs npm run build.',
    `Untuk mencoba di komputer sendiri, pakai npm start (membangun untuk ${localSite}).`,
    'SITE_URL is not set. The site address goes into canonical links, the sitemap, the feed, share links and',
    'share images, so a build for deployment must name it: SITE_URL=https://your.site npm run build.',
    `To try the site locally, use npm start (it builds for ${localSite}).`,
  ].join('\n');
}

/** Stops `astro build` before anything is written when SITE_URL is not set. */
export function requireSite(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'require-site',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const problem = missingSiteProblem(command, env.SITE_URL);
        if (problem) throw new Error(problem);
      },
    },
  };
}
