import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/astro-build';
import type { PackedCards, PackedIndex } from '../../src/lib/list/list-index';
import { builtPages, publicPages, readPage } from '../support/dist';

describe('the built site', () => {
  it('has the pages a reader reaches', () => {
    expect(builtPages()).toEqual(
      expect.arrayContaining([
        '404.html',
        'index.html',
        'cari/index.html',
        'tentang/index.html',
        'data/index.html',
        'sentra/index.html',
        'sentra/slag-aluminium-kendalsari-jombang/index.html',
        'sentra/provinsi/jawa-timur/index.html',
        'sentra/sektor/logam-dan-daur-ulang-logam/index.html',
        'sentra/pendanaan/dak-fisik-bidang-ikm/index.html',
        'sentra/status/beroperasi/index.html',
      ]),
    );
  });

  it('writes an Indonesian Pagefind index', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.id.page_count).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(distDir, 'pagefind/wasm.id.pagefind'))).toBe(true);
    // Only the search API ships; Pagefind's own interfaces are removed, the site has its own, and
    // its worker too: the search runs in the page.
    expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(
      readdirSync(join(distDir, 'pagefind')).filter((file) => file.includes('-ui') || file.includes('worker')),
    ).toEqual([]);
  });

  it('indexes every page with a searchable body, and no other', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const searchable = builtPages().filter((file) => readPage(file).querySelector('[data-pagefind-body]'));
    expect(searchable.length).toBeGreaterThan(15);
    expect(entry.languages.id.page_count).toBe(searchable.length);
  });

  it.each(publicPages())('%s is one Indonesian page with one h1 and a description', (file) => {
    const page = readPage(file);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('id');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('meta[name=description]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    expect(page.querySelector('a[href="#isi"]')).not.toBeNull();
  });

  it.each(builtPages())('%s loads scripts, styles, fonts and images only from its own host', (file) => {
    const page = readPage(file);
    const loaded = [
      ...page.querySelectorAll('script[src]').map((element) => element.getAttribute('src')),
      ...page
        .querySelectorAll('link[rel=stylesheet], link[rel=icon], link[rel=preload]')
        .map((element) => element.getAttribute('href')),
      ...page.querySelectorAll('img[src], source[src], iframe[src]').map((element) => element.getAttribute('src')),
    ];
    expect(loaded.filter((url) => !url?.startsWith('/'))).toEqual([]);
  });

  it('keeps every url() in the CSS on its own host', () => {
    const assets = join(distDir, '_astro');
    const files = readdirSync(assets).filter((file) => file.endsWith('.css'));
    const css = [
      ...files.map((file) => readFileSync(join(assets, file), 'utf8')),
      ...builtPages().flatMap((file) =>
        readPage(file)
          .querySelectorAll('style')
          .map((style) => style.textContent),
      ),
    ];
    const urls = css.flatMap((text) => [...text.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => /^['"]?(https?:)?\/\//.test(url ?? ''))).toEqual([]);
  });

  it('holds only utilities the site’s own code names', () => {
    // Tailwind makes a utility of any word it reads that names one; it reads src/ only, so a word in a
    // test ("lowercase", once) or the README does not end up in every reader's stylesheet.
    const words = new Set(
      readdirSync('src', { recursive: true, encoding: 'utf8' })
        // Tailwind reads no stylesheet for class names, and neither does this.
        .filter((file) => !file.endsWith('.css') && statSync(join('src', file)).isFile())
        .flatMap((file) => readFileSync(join('src', file), 'utf8').match(/[\w-]+/g) ?? []),
    );
    const assets = join(distDir, '_astro');
    const classes = readdirSync(assets)
      .filter((file) => file.endsWith('.css'))
      // Addresses (a font's hashed file name) are not selectors.
      .map((file) => readFileSync(join(assets, file), 'utf8').replace(/url\([^)]*\)/g, ''))
      .flatMap((css) => [...css.matchAll(/\.([a-z][\w-]*)(?=[\s,{:>.[)])/g)])
      .map((match) => match[1]!);
    expect(classes.length).toBeGreaterThan(20);
    expect([...new Set(classes)].filter((name) => !words.has(name))).toEqual([]);
  });

  it('ships no script on pages that need none', () => {
    // /sentra/ needs its filter script; its single-filter pages, like these, need none.
    for (const file of [
      'index.html',
      'tentang/index.html',
      'sentra/provinsi/jawa-timur/index.html',
      'data/index.html',
      '404.html',
    ]) {
      expect(readPage(file).querySelectorAll('script[type=module]'), file).toHaveLength(0);
    }
  });

  it('keeps Chart.js out of the script a case page loads first', () => {
    const page = readPage('sentra/slag-aluminium-kendalsari-jombang/index.html');
    const entries = page.querySelectorAll('script[type=module][src]').map((script) => script.getAttribute('src')!);
    expect(entries).toHaveLength(1);
    const entry = readFileSync(join(distDir, entries[0]!), 'utf8');
    expect(entry).not.toMatch(/BarController|registry/);
    // Chart.js lives in a chunk of its own that the entry imports only when a chart nears view.
    const chunk = entry.match(/import\([`"']\.\/(draw-chart[^`"']+)[`"']\)/)?.[1];
    expect(chunk).toBeDefined();
    expect(statSync(join(distDir, '_astro', chunk!)).size).toBeGreaterThan(50_000);
  });

  it('lists the case on the filter page of its province', () => {
    const page = readPage('sentra/provinsi/jawa-timur/index.html');
    expect(page.querySelector('a[href="/sentra/slag-aluminium-kendalsari-jombang/"]')).not.toBeNull();
  });
});

describe('case cards on the list pages', () => {
  it('link the figures they show to the sources on their own case page', () => {
    const cards = readPage('sentra/index.html').querySelectorAll('article');
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      const caseHref = card.querySelector('h3 a')!.getAttribute('href')!;
      const links = card.querySelectorAll('a[href*="#sumber-"]').map((link) => link.getAttribute('href')!);
      // Every card names at least its headline figure's source; a lesson may have no figure.
      if (!card.textContent.includes('Pelajaran')) expect(links.length, caseHref).toBeGreaterThan(0);
      const casePage = readPage(`${caseHref.slice(1)}index.html`);
      for (const link of links) {
        const [path, anchor] = link.split('#');
        expect(path).toBe(caseHref);
        expect(casePage.getElementById(anchor!), link).not.toBeNull();
      }
    }
  });
});

describe('the search page as built', () => {
  it('carries no note about the dev server’s index, which only `npm run dev` shows', () => {
    expect(readPage('cari/index.html').textContent).not.toContain('Pratinjau');
  });
});

describe("the list's index for filtering", () => {
  const index = JSON.parse(readFileSync(join(distDir, 'sentra/indeks.json'), 'utf8')) as PackedIndex;
  const cardFiles = index.cardFiles.map(
    (name) => JSON.parse(readFileSync(join(distDir, `sentra/kartu/${name}.json`), 'utf8')) as PackedCards,
  );

  it('ships growth to three decimals, for sorting', () => {
    const { columns } = index;
    const growths = [...columns.turnoverGrowth, ...columns.jobsGrowth].filter((value) => value !== null);
    expect(growths.length).toBeGreaterThan(2);
    for (const growth of growths) expect(growth).toBe(Math.round(growth * 1000) / 1000);
  });

  it('puts every case on a card, once, in title order, with the source of its figure by number', () => {
    const slugs = cardFiles.flatMap((file) => file.slug);
    expect(slugs.length).toBe(index.columns.asOf.length);
    expect([...slugs].sort()).toEqual(
      readdirSync('content/sentra')
        .map((name) => name.replace(/\.mdx$/, ''))
        .sort(),
    );
    const titles = cardFiles.flatMap((file) => file.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('id').compare));
    expect(cardFiles.flatMap((file) => file.resultSource).filter(Number.isInteger).length).toBeGreaterThan(5);
  });

  it('writes the files of cards the index names, and no others', () => {
    const written = readdirSync(join(distDir, 'sentra/kartu')).sort();
    expect(written).toEqual(index.cardFiles.map((name) => `${name}.json`).sort());
  });
});
