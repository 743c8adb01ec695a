import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localSite } from '../../src/build-time/integrations/require-site';
import { feedSize } from '../../src/lib/share/feed';
import { distDir } from '../support/astro-build';
import { readFrontmatter } from '../support/case-file';
import { publicPages, readPage, urlOf } from '../support/dist';

// Issue 7, "Sharing" and "A real address", checked over the build the tests make for localhost.
const slugs = readdirSync('content/sentra')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));
const caseFiles = slugs.map((slug) => [slug, `sentra/${slug}/index.html`] as const);
const absolute = (path: string) => new URL(path, localSite).href;
const meta = (page: ReturnType<typeof readPage>, key: string) =>
  page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const jsonLdOf = (page: ReturnType<typeof readPage>) =>
  page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));

describe('the share link of a case', () => {
  it('carries the title, the headline figure and the address, on three lines', () => {
    const page = readPage('sentra/slag-aluminium-kendalsari-jombang/index.html');
    const link = new URL(page.querySelector('a[data-share=whatsapp]')!.getAttribute('href')!);
    expect(`${link.origin}${link.pathname}`).toBe('https://wa.me/');
    expect(link.searchParams.get('text')).toBe(
      [
        'Sentra IKM Slag Aluminium Kendalsari',
        'Tenaga kerja: 11–19 orang → 200 orang (×10,5–×18,2)',
        absolute('/sentra/slag-aluminium-kendalsari-jombang/'),
      ].join('\n'),
    );
  });

  it.each(caseFiles)('%s: gives the share button the same words as the link', (slug, file) => {
    const page = readPage(file);
    const element = page.querySelector('share-button')!;
    const lines = new URL(element.querySelector('a[data-share=whatsapp]')!.getAttribute('href')!).searchParams
      .get('text')!
      .split('\n');
    const title = page.querySelector('h1')!.textContent.trim();
    const kind = readFrontmatter(`content/sentra/${slug}.mdx`).kind;
    const mark = { pelajaran: 'Pelajaran: ', 'tahap-awal': 'Tahap awal: ' }[kind as string] ?? '';
    expect(lines).toEqual([`${mark}${title}`, element.getAttribute('data-text'), absolute(`/sentra/${slug}/`)]);
    expect(element.getAttribute('data-title')).toBe(lines[0]);
    expect(element.getAttribute('data-url')).toBe(lines[2]);
    // The share sheet button stays hidden until the script finds the Web Share API.
    expect(element.querySelector('button')?.hasAttribute('hidden')).toBe(true);
  });
});

describe('link previews and structured data', () => {
  it.each(publicPages())('%s has Open Graph and Twitter meta, and a canonical address on the site', (file) => {
    const page = readPage(file);
    const canonical = page.querySelector('link[rel=canonical]')?.getAttribute('href');
    if (file === '404.html') {
      // The 404 page is shown at addresses not its own: no canonical address, and not indexed.
      expect(canonical).toBeUndefined();
      expect(meta(page, 'robots')).toBe('noindex');
    } else {
      expect(canonical).toBe(absolute(urlOf(file)));
      expect(meta(page, 'og:url')).toBe(canonical);
    }
    expect(meta(page, 'og:title')).toBe(page.querySelector('title')?.textContent);
    expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
    expect(meta(page, 'og:site_name')).toBe('Etalase Sentra IKM');
    expect(meta(page, 'twitter:title')).toBe(meta(page, 'og:title'));
    expect(meta(page, 'twitter:card')).toBe(meta(page, 'og:image') ? 'summary_large_image' : 'summary');
    expect(page.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
    // Every JSON-LD block parses as JSON; none may hold a raw "<" that could end its script.
    for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
      expect(script.textContent).not.toContain('<');
    }
    expect(() => jsonLdOf(page)).not.toThrow();
  });

  it.each(caseFiles)('%s is an article with its share image', (slug, file) => {
    const page = readPage(file);
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'og:image')).toBe(absolute(`/og/${slug}.png`));
    expect(meta(page, 'og:image:alt')).toContain(page.querySelector('h1')!.textContent.trim());
    expect(meta(page, 'twitter:image')).toBe(meta(page, 'og:image'));
    const [article, ...rest] = jsonLdOf(page);
    expect(rest).toEqual([]);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: page.querySelector('h1')!.textContent.trim(),
      url: absolute(`/sentra/${slug}/`),
      image: absolute(`/og/${slug}.png`),
      dateModified: readFrontmatter(`content/sentra/${slug}.mdx`).lastVerified,
    });
  });

  it('describes the home page as the site, and the open data as a dataset of files that exist', () => {
    expect(jsonLdOf(readPage('index.html'))).toMatchObject([{ '@type': 'WebSite', url: localSite }]);
    const [dataset] = jsonLdOf(readPage('data/index.html'));
    expect(dataset).toMatchObject({ '@type': 'Dataset', url: absolute('/data/') });
    expect(dataset.distribution.length).toBeGreaterThan(0);
    for (const download of dataset.distribution) {
      expect(existsSync(join(distDir, new URL(download.contentUrl).pathname)), download.contentUrl).toBe(true);
    }
  });
});

describe('the share images', () => {
  it.each(slugs)('%s has a 1200×630 PNG', (slug) => {
    const png = readFileSync(join(distDir, 'og', `${slug}.png`));
    // The PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('the sitemap and the feed', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  it('lists every page but the 404 page, and nothing else', () => {
    const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
    const pages = locs(index).flatMap((sitemap) =>
      locs(readFileSync(join(distDir, new URL(sitemap!).pathname), 'utf8')),
    );
    const expected = publicPages()
      .filter((file) => file !== '404.html')
      .map((file) => absolute(urlOf(file)));
    expect([...pages].sort()).toEqual(expected.sort());
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}`);
  });

  it('lists every case in the feed while there are fewer than it holds, dated by its last check', () => {
    const feed = readFileSync(join(distDir, 'rss.xml'), 'utf8');
    const all = [...feed.matchAll(/<item>(.*?)<\/item>/gs)].map((match) => match[1]!);
    // Changes noted for readers (`Perubahan:` in a commit) are items too, each of its own guid.
    expect(all.length).toBeLessThan(feedSize);
    const items = all.filter((item) => item.includes('#diperiksa-'));
    const links = items.map((item) => item.match(/<link>([^<]+)<\/link>/)?.[1]);
    expect([...links].sort()).toEqual(slugs.map((slug) => absolute(`/sentra/${slug}/`)).sort());
    for (const slug of slugs) {
      const item = items.find((text) => text.includes(`<link>${absolute(`/sentra/${slug}/`)}</link>`))!;
      const lastVerified = readFrontmatter(`content/sentra/${slug}.mdx`).lastVerified as string;
      expect(item.match(/<pubDate>([^<]+)<\/pubDate>/)?.[1]).toBe(new Date(`${lastVerified}T00:00:00Z`).toUTCString());
    }
  });
});
