import { escapeHtml } from '../../format/html-text';

/**
 * The Content-Security-Policy of /admin/, as strict as Sveltia CMS allows (the public pages keep
 * theirs, from astro.config.mjs). Scripts only from this origin, no eval. Styles need
 * 'unsafe-inline': Svelte inserts each component's <style> at run time and sets style attributes,
 * which no hash can allow. Connections to this origin (the configuration), data: URLs (the CMS reads
 * its own inline logo with fetch) and the git host's API
 * alone; images from this origin and the blob:/data: URLs the editor makes of files it holds;
 * workers from blob: (the CMS starts its file-indexing worker from one); frames from blob: (it draws
 * a custom preview in a frame of its own making, with a <base> of this origin: base-uri 'self').
 * No frame-ancestors: the page carries the policy in a <meta>, where browsers ignore that directive.
 */
export function adminPolicy(origins: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    ['connect-src', "'self'", 'data:', ...origins].join(' '),
    "worker-src 'self' blob:",
    'frame-src blob:',
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * /admin/index.html: an empty page the CMS fills. Written by a build step, not an Astro page,
 * so it carries its own policy instead of the public pages' (Astro gives every page the one
 * `security.csp` and lets a page add to it, never loosen it). Kept out of search engines
 * (noindex, and robots.txt), of the sitemap and of the search index (data-pagefind-ignore).
 */
export function adminPage(policy: string): string {
  return `<!DOCTYPE html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${escapeHtml(policy)}">
    <meta name="robots" content="noindex, nofollow">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Editor · Etalase Sentra IKM</title>
    <script src="/admin/manual-init.js"></script>
    <script src="/admin/sveltia-cms.js"></script>
    <script type="module" src="/admin/editor.js"></script>
  </head>
  <body data-pagefind-ignore="all">
    <noscript>Editor kasus memerlukan JavaScript. Kasus juga dapat diubah langsung di repositori (lihat content/README.md).</noscript>
  </body>
</html>
`;
}

/** The CMS's web fonts, fetched by its bundle from a CDN, and the local copies its npm package ships. */
const fontUrl = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/** The bundle's check for a newer release on unpkg.com: `X=`${Y}/package.json``, Y being unpkg's address. */
const updateCheck = /(\w+)=`\$\{\w+\}\/package\.json`/g;

/** Where the bundle imports its optional modules from (`https://unpkg.com/<package>@<version>/…`). */
const moduleHost = /`https:\/\/unpkg\.com\/\$\{(\w+)\}`/g;

/** The status pages of GitHub and GitLab, which the CMS asks whether the host is up. */
const hostStatus =
  /`https:\/\/(?:www\.githubstatus\.com\/api\/v2\/status\.json|status-api\.hostedstatus\.com\/1\.0\/status\/\w+)`/g;

/** The viewport the CMS sets for its page, which forbids zooming (WCAG 1.4.4): the zoom is let be. */
const noZoom = /`maximum-scale=1`,/g;

/**
 * Where the CMS shows why a save failed: the message of the error's `cause`, for an error that says
 * `saving_failed` (the editor's check refuses a save so, src/lib/admin/browser/checking.js).
 */
const savingFailedMessage = /\.message===`saving_failed`\?\(\w+\(\w+,!0\),\w+\(\w+,\w+\.cause\?\.message\?\?/g;

/** The CMS's call of the `preSave` listeners, before it writes an entry (the editor's check is one). */
const preSaveCall = /\(\{type:`preSave`,entry:/g;

/** What the bundle must hold, each pattern as often as the version installed has it. */
const expectedInBundle = [
  { pattern: fontUrl, count: 3, what: 'CDN fonts' },
  { pattern: updateCheck, count: 1, what: 'update checks' },
  { pattern: moduleHost, count: 1, what: 'module hosts' },
  { pattern: hostStatus, count: 2, what: 'status pages' },
  { pattern: noZoom, count: 1, what: 'zoom locks' },
  { pattern: preSaveCall, count: 1, what: 'preSave calls' },
  { pattern: savingFailedMessage, count: 1, what: 'save-failure messages' },
];

/** Items as a sentence lists them: `a, b and c`. */
const listed = (items: readonly (string | number)[]) => `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * Sveltia CMS's bundle made to fetch nothing from another host on its own: its three fonts from
 * the copies in its package (`fontFile` names the file for a family and variant); its hourly
 * update check from /admin/sveltia-cms-version.json, which names the version installed; and the
 * modules it imports when needed from /admin/vendor/ (only Immutable.js, which custom fields need,
 * is copied there: the others serve image uploads, maps and pasted HTML, which the cases do not
 * use, and fail without them); GitHub's and GitLab's status pages from /admin/host-status.json,
 * an empty answer the CMS reads as "unknown" (it then shows no banner). Its viewport lets the page
 * be zoomed. Throws when a pattern is not
 * found exactly as expected, so an upgrade that changes them is noticed; the same for the two places
 * the editor's check relies on, where the CMS calls `preSave` listeners and shows why a save failed.
 */
export function localBundle(bundle: string, fontFile: (family: string, variant: string) => string): string {
  const counts = expectedInBundle.map(({ pattern }) => [...bundle.matchAll(pattern)].length);
  if (counts.some((count, index) => count !== expectedInBundle[index]!.count)) {
    throw new Error(
      `admin: Sveltia CMS's bundle has ${counts.join(', ')} ${listed(expectedInBundle.map(({ what }) => what))}, not ${listed(expectedInBundle.map(({ count }) => count))}; see src/lib/admin/page.ts`,
    );
  }
  return bundle
    .replace(fontUrl, (_, family: string, variant: string) => `/admin/fonts/${fontFile(family, variant)}`)
    .replace(updateCheck, (_, name: string) => `${name}=\`/admin/sveltia-cms-version.json\``)
    .replace(moduleHost, (_, name: string) => `\`/admin/vendor/\${${name}}\``)
    .replace(hostStatus, '`/admin/host-status.json`')
    .replace(noZoom, '');
}
