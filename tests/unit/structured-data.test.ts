import { beforeAll, describe, expect, it } from 'vitest';
import { feedItemsOf } from '../../src/lib/share/feed';
import { articleJsonLd, datasetJsonLd, serializeJsonLd, websiteJsonLd } from '../../src/lib/share/json-ld';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { entryOf, jombangData } from '../support/case-file';

let jombang: Sentra;
beforeAll(async () => {
  jombang = await jombangData();
});

const site = new URL('https://contoh.example/');

describe('JSON-LD', () => {
  it('cannot close its <script> element early, and reads back as the same data', () => {
    const data = { headline: 'a </script><script>alert(1)</script> <!-- b' };
    const json = serializeJsonLd(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });

  it('describes a case as an article dated by its last check, citing every source', () => {
    const url = new URL('/sentra/slag-aluminium-kendalsari-jombang/', site);
    const article = articleJsonLd(jombang, { url, image: new URL('/og/x.png', site), place: 'Desa Kendalsari' });
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Sentra IKM Slag Aluminium Kendalsari',
      url: url.href,
      image: 'https://contoh.example/og/x.png',
      dateModified: jombang.lastVerified,
      contentLocation: { '@type': 'Place', name: 'Desa Kendalsari' },
      publisher: { '@type': 'Organization', name: 'Etalase Sentra IKM', url: site.href },
    });
    expect(article.description).not.toMatch(/\[S\d/);
    expect(article.citation).toEqual(jombang.sources.map((source) => source.url));
  });

  it('describes the home page as the site, with its search', () => {
    expect(websiteJsonLd(site, 'Kisah sentra')).toMatchObject({
      '@type': 'WebSite',
      url: site.href,
      potentialAction: { target: 'https://contoh.example/cari/?q={search_term_string}' },
    });
  });

  it('describes the open data as a dataset whose files are absolute downloads', () => {
    const dataset = datasetJsonLd({ url: new URL('/data/', site), name: 'Data', description: 'Angka' }, [
      { path: '/data/metrik.csv', encodingFormat: 'text/csv' },
    ]);
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      distribution: [
        { '@type': 'DataDownload', contentUrl: 'https://contoh.example/data/metrik.csv', encodingFormat: 'text/csv' },
      ],
    });
    expect(dataset).not.toHaveProperty('dateModified');
  });
});

describe('the feed', () => {
  it('lists the most recently checked case first, each dated and identified by its last check', () => {
    const older = entryOf('lama', { ...structuredClone(jombang), lastVerified: '2024-08-17' });
    const lesson = entryOf('pelajaran', { ...structuredClone(jombang), kind: 'pelajaran', metrics: [] });
    const items = feedItemsOf([older, entryOf('baru', jombang), lesson], site);
    expect(items.map((item) => item.link)).toEqual([
      'https://contoh.example/sentra/baru/',
      'https://contoh.example/sentra/pelajaran/',
      'https://contoh.example/sentra/lama/',
    ]);
    expect(items[2]?.pubDate).toEqual(new Date('2024-08-17T00:00:00Z'));
    expect(items[2]?.customData).toBe(
      '<guid isPermaLink="false">https://contoh.example/sentra/lama/#diperiksa-2024-08-17</guid>',
    );
    expect(items[0]?.description).toMatch(
      /^Kabupaten Jombang, Jawa Timur\. Dua puluh lima .*\. Tenaga kerja: 11–19 orang → 200 orang \(×10,5–×18,2\)\.$/,
    );
    expect(items[0]?.description).not.toContain('..');
    expect(items[1]?.title).toBe('Pelajaran: Sentra IKM Slag Aluminium Kendalsari');
    expect(items[0]?.categories).toEqual(['Logam dan daur ulang logam', 'Jawa Timur']);
  });
});
