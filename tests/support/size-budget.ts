import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** A script or stylesheet the site ships: a file, or a `<script>`/`<style>` inlined in pages. */
export interface Asset {
  /** The file's path in dist/, or `inline <style> in <page>` for the first page that carries it. */
  name: string;
  kind: 'js' | 'css';
  /** Its weight gzipped, as a server sends it. */
  gzip: number;
}

export interface Budgets {
  /** The first rule whose pattern matches an asset's name sets its limit; an asset no rule matches fails. */
  files: { match: RegExp; maxGzip: number }[];
  /** The limit on all distinct scripts, and on all distinct stylesheets, together. */
  total: { js: number; css: number };
  /** The limit on any one HTML page, gzipped, whatever the number of cases. */
  page: number;
}

/** A built HTML page and its weight gzipped, as a server sends it. */
export interface PageWeight {
  /** The page's path in dist/. */
  name: string;
  gzip: number;
}

/**
 * The web editor's files (/admin/: Sveltia CMS, about 600 KB gzip, and its configuration), which
 * only editors load: the budgets hold what readers download, so they leave /admin/ out.
 */
const isEditorFile = (file: string) => file.startsWith('admin/');

/**
 * Every script and stylesheet of a built site (a folder like dist/), weighed gzipped. A script or
 * style inlined in many pages counts once; JSON data in a `<script type="application/json">` is data.
 */
export function measureAssets(root: string): Asset[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => !isEditorFile(file));
  const weigh = (text: string | Buffer) => gzipSync(text).length;
  const assets: Asset[] = files
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => ({
      name: file,
      kind: file.endsWith('.css') ? 'css' : 'js',
      gzip: weigh(readFileSync(join(root, file))),
    }));
  const inline = new Map<string, Asset>();
  for (const file of files.filter((name) => name.endsWith('.html')).sort()) {
    const page = parse(readFileSync(join(root, file), 'utf8'));
    for (const element of page.querySelectorAll('style, script:not([src])')) {
      const kind = element.tagName === 'STYLE' ? 'css' : 'js';
      const type = element.getAttribute('type');
      if (kind === 'js' && type && type !== 'module' && type !== 'text/javascript') continue;
      const text = element.textContent;
      if (!inline.has(text))
        inline.set(text, { name: `inline <${element.tagName.toLowerCase()}> in ${file}`, kind, gzip: weigh(text) });
    }
  }
  return [...assets, ...inline.values()];
}

/** Every HTML page of a built site, weighed gzipped. */
export function measurePages(root: string): PageWeight[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !isEditorFile(file.replaceAll('\\', '/')))
    .map((file) => ({ name: file.replaceAll('\\', '/'), gzip: gzipSync(readFileSync(join(root, file))).length }));
}

/** Every page over the page budget, heaviest first, one line each; empty when all fit. */
export function findHeavyPages(pages: PageWeight[], budgets: Budgets): string[] {
  return pages
    .filter((page) => page.gzip > budgets.page)
    .sort((a, b) => b.gzip - a.gzip)
    .map((page) => `${page.name}: ${kb(page.gzip)} gzip, over the ${kb(budgets.page)} a page may weigh`);
}

/**
 * Every HTML comment in the built pages, one line each with the page and how the comment starts.
 * A comment written in a component's markup ships with every use of it on every page (one in the
 * citation links once made a case page 18% heavier); comments belong in the frontmatter.
 */
export function findHtmlComments(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/<!--([\s\S]*?)(?:-->|$)/g)].map(
        ([, text]) => `${file.replaceAll('\\', '/')}: <!--${(text ?? '').replace(/\s+/g, ' ').slice(0, 60)}-->`,
      ),
    );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every budget the assets exceed, one line each; empty when all fit. */
export function findBudgetOverruns(assets: Asset[], budgets: Budgets): string[] {
  const overruns = assets.flatMap((asset) => {
    const rule = budgets.files.find((candidate) => candidate.match.test(asset.name));
    if (!rule) return [`${asset.name}: no budget names it; add one to .ci/size-budgets.ts`];
    return asset.gzip > rule.maxGzip ? [`${asset.name}: ${kb(asset.gzip)} gzip, over its ${kb(rule.maxGzip)}`] : [];
  });
  for (const kind of ['js', 'css'] as const) {
    const total = assets.filter((asset) => asset.kind === kind).reduce((sum, asset) => sum + asset.gzip, 0);
    if (total > budgets.total[kind])
      overruns.push(`all ${kind.toUpperCase()}: ${kb(total)} gzip, over its ${kb(budgets.total[kind])}`);
  }
  return overruns;
}
