import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

// Where a built page points: links and forms, its stylesheets, scripts, icons and images.
const references = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['form[action]', 'action'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
] as const;

// Paths that scripts and styles name in their text: a font in a url(), Pagefind or a chunk in a
// string, and the chunks a module imports beside it ("./draw-chart.x.js").
const cssUrl = /url\(\s*['"]?([^'")\s]+)['"]?\s*\)/g;
const quotedAsset = /["'`](\/(?:_astro|pagefind)\/[^"'`\s]+)["'`]/g;
const relativeImport = /(?:import\(|from)\s*["'`](\.\.?\/[^"'`\s]+)["'`]/g;

/** The file a site path is served from, if any: `/x/` is `x/index.html`; other paths are exact. */
function fileFor(root: string, path: string): string | undefined {
  const file = join(root, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Every link, anchor and asset in a built site (a folder like dist/) that leads nowhere, one line
 * each (`page → target: why`), and how many it checked. Addresses on other hosts are not followed;
 * a canonical link is checked by its path. An anchor (`#id`, `/page/#id`) must name an id on the
 * page it points to.
 */
/**
 * The minified bundles under /admin/ (Sveltia CMS, and the check bundled for it), whose strings look like paths ("e", "#a") without
 * being any: the editor's own scripts and the modules they import are checked like the site's.
 */
const isEditorBundle = (file: string) => /^admin\/(sveltia-cms\.js|check\.js|chunks\/)/.test(file);

export function findDeadLinks(root: string): { checked: number; dead: string[] } {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((file) => file.replaceAll('\\', '/'));
  const pages = new Map<string, HTMLElement>();
  const pageAt = (file: string) => {
    if (!pages.has(file)) pages.set(file, parse(readFileSync(file, 'utf8')));
    return pages.get(file)!;
  };
  const dead: string[] = [];
  let checked = 0;

  // Checks one address found in `from` (a path relative to root), served at `base`.
  const check = (from: string, base: string, target: string) => {
    if (/^(mailto|tel|data|javascript):/.test(target)) return;
    const url = new URL(target, `http://site${base}`);
    if (url.origin !== 'http://site') return;
    checked++;
    const file = fileFor(root, url.pathname);
    if (!file) return void dead.push(`${from} → ${target}: no file at ${url.pathname}`);
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && file.endsWith('.html') && !pageAt(file).getElementById(id))
      dead.push(`${from} → ${target}: no id "${id}" on ${url.pathname}`);
  };

  for (const file of files) {
    const path = join(root, file);
    if (file.endsWith('.html') && !file.startsWith('pagefind/')) {
      const page = pageAt(path);
      const base = `/${file.replace(/index\.html$/, '')}`;
      for (const [selector, attribute] of references) {
        for (const element of page.querySelectorAll(selector)) {
          const target = element.getAttribute(attribute)!;
          // The canonical link names this page by its full public address: its path must exist.
          const canonical = element.getAttribute('rel') === 'canonical';
          check(file, base, canonical ? new URL(target, 'http://site/').pathname : target);
        }
      }
      const inline = page.querySelectorAll('style, script:not([src])').map((element) => element.textContent);
      for (const text of inline) {
        for (const [, target] of [...text.matchAll(cssUrl), ...text.matchAll(quotedAsset)]) check(file, base, target!);
      }
    } else if (/\.(css|js)$/.test(file) && !file.startsWith('pagefind/') && !isEditorBundle(file)) {
      const text = readFileSync(path, 'utf8');
      const base = `/${posix.dirname(file)}/`;
      for (const [, target] of [
        ...text.matchAll(cssUrl),
        ...text.matchAll(quotedAsset),
        ...text.matchAll(relativeImport),
      ])
        check(file, base, target!);
    }
  }
  return { checked, dead };
}
