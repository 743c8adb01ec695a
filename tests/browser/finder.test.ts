import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { IndexRecord } from '../../src/lib/list/case-query';
import { packCards, packIndex } from '../../src/lib/list/list-index';
import { groupOfSector } from '../../src/vocabulary/sectors';
import { readFrontmatter } from '../support/case-file';
import { readPage } from '../support/dist';
import { indexRecord } from '../support/index-record';
import { useBrowser } from './session';

const session = useBrowser();

// The cases in Jawa Timur (kode provinsi 35) whose sector is in the Sandang group, read from the
// case files themselves rather than from the index the page uses.
const expected = readdirSync('content/sentra')
  .map((name) => ({ slug: name.replace(/\.mdx$/, ''), data: readFrontmatter(`content/sentra/${name}`) as any }))
  .filter(({ data }) => data.areaCode.startsWith('35.') && groupOfSector(data.sector) === 'sandang')
  .map(({ slug }) => `/sentra/${slug}/`)
  .sort();

/** Unfolds the finder's filters, folded behind one control so that a phone sees the first case early. */
const openFilters = (page: Page) => page.locator('[data-finder-form] summary').click();

const shownLinks = (page: Page) =>
  page
    .locator('[data-finder-results] h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!).sort());

/** Each card's case and the source its headline figure links to. */
const sourceLinks = (page: Page, cards: string) =>
  page.locator(cards).evaluateAll((articles) =>
    articles
      .map((card) => [
        card.querySelector('h3 a')?.getAttribute('href'),
        // The result's source, not the summary's: the finder's cards show no summary.
        card.querySelector('dd a[href*="#sumber-"]')?.getAttribute('href'),
      ])
      .sort(),
  );

/** The same, read from the province's built filter page, for the given cases. */
const builtSourceLinks = (cases: string[]) =>
  readPage('sentra/provinsi/jawa-timur/index.html')
    .querySelectorAll('article')
    .map((card) => [
      card.querySelector('h3 a')?.getAttribute('href'),
      card.querySelector('dd a[href*="#sumber-"]')?.getAttribute('href'),
    ])
    .filter(([link]) => cases.includes(link!))
    .sort();

describe('combinable filters on /sentra/', () => {
  it('narrow to DAK-funded cases in one tap, with counts that follow the filtered list', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${session.origin()}/sentra/`);
    // The first case is within the first two screens of a phone.
    const top = await page
      .locator('[data-finder-list] article')
      .first()
      .evaluate((card) => card.getBoundingClientRect().top);
    expect(top).toBeLessThan(1280);
    await page.getByLabel(/^Hanya DAK/).check();
    await page.locator('[data-finder-status]', { hasText: 'sentra cocok' }).waitFor();
    expect(page.url()).toContain('dak=Semua+jenis+DAK');
    const dak = readdirSync('content/sentra').filter((name) =>
      (readFrontmatter(`content/sentra/${name}`) as any).funding.some((item: { scheme: string }) =>
        item.scheme.startsWith('dak-'),
      ),
    );
    await page.locator('[data-finder-status]', { hasText: `${dak.length} sentra cocok` }).waitFor();
    await openFilters(page);
    await page.locator('select[name=kelompok]').selectOption('Pangan');
    await page.locator('[data-finder-status]', { hasText: /^\d+ sentra cocok/ }).waitFor();
    const matching = Number((await page.locator('[data-finder-status]').textContent())!.match(/\d+/)![0]);
    // Every option of the funding filter counts within DAK-funded food cases, none beyond them.
    const counts = await page
      .locator('select[name=pendanaan] option[data-label]')
      .evaluateAll((options) => options.map((option) => Number(/\((\d+)\)$/.exec(option.textContent!)![1])));
    expect(Math.max(...counts)).toBeLessThanOrEqual(matching);
    expect(await page.getByText(`Hanya DAK (${matching})`).count()).toBe(1);
    await page.close();
  });

  it('give exactly the cases matching two filters, in the URL, restored on reload and undone by Back', async () => {
    expect(expected.length).toBeGreaterThan(1);
    const page = await session.browser().newPage();
    await page.goto(`${session.origin()}/sentra/`);
    await openFilters(page);
    await page.locator('select[name=provinsi]').selectOption('Jawa Timur');
    await page.locator('[data-finder-status]', { hasText: 'sentra cocok' }).waitFor();
    const afterOne = await shownLinks(page);
    await page.locator('select[name=kelompok]').selectOption('Sandang');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-finder-results] h3 a').length === count,
      expected.length,
    );

    expect(await shownLinks(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?provinsi=Jawa+Timur&kelompok=Sandang');
    // The cards drawn from the index link their figure to the same source as the built cards do.
    expect(await sourceLinks(page, '[data-finder-results] article')).toEqual(builtSourceLinks(expected));

    await page.reload();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-finder-results] h3 a').length === count,
      expected.length,
    );
    expect(await shownLinks(page)).toEqual(expected);
    expect(await page.locator('select[name=kelompok]').inputValue()).toBe('Sandang');

    await page.goBack();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-finder-results] h3 a').length === count,
      afterOne.length,
    );
    expect(new URL(page.url()).search).toBe('?provinsi=Jawa+Timur');
    expect(await shownLinks(page)).toEqual(afterOne);
    await page.close();
  });

  it('fetches the index only when the reader filters', async () => {
    const page = await session.browser().newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${session.origin()}/sentra/`);
    await openFilters(page);
    await page.waitForLoadState('networkidle');
    const cardFiles = () => fetched.filter((path) => path.startsWith('/sentra/kartu/'));
    expect(fetched).not.toContain('/sentra/indeks.json');
    expect(cardFiles()).toEqual([]);
    await page.locator('select[name=urut]').selectOption('omzet');
    await page.locator('[data-finder-status]', { hasText: 'sentra cocok' }).waitFor();
    expect(fetched).toContain('/sentra/indeks.json');
    // The cards' text comes from its own files, fetched once each.
    expect(cardFiles().length).toBeGreaterThan(0);
    expect(new Set(cardFiles()).size).toBe(cardFiles().length);
    await page.close();
  });

  it('says so when the cards cannot be fetched, and shows them on the next choice', async () => {
    const page = await session.browser().newPage();
    await page.route('**/sentra/kartu/**', (route) => route.abort());
    await page.goto(`${session.origin()}/sentra/`);
    await openFilters(page);
    await page.locator('select[name=urut]').selectOption('omzet');
    await page.locator('[data-finder-status]', { hasText: 'tidak dapat dimuat' }).waitFor();
    expect(await page.locator('[data-finder-results] article').count()).toBe(0);
    await page.unroute('**/sentra/kartu/**');
    await page.locator('select[name=urut]').selectOption('terbaru');
    await page.locator('[data-finder-status]', { hasText: 'sentra cocok' }).waitFor();
    expect(await page.locator('[data-finder-results] article').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a long list a batch at a time, fetching only the cards shown, and goes on from the first new card', async () => {
    // Sixty made-up cases stand in for the index and its files: the real list is shorter than a batch.
    const records: IndexRecord[] = Array.from({ length: 60 }, (_, position) =>
      indexRecord(
        `kasus-${position}`,
        { provinsi: ['Jawa Timur'], status: ['Beroperasi'], per: ['2024'], bukti: ['Lemah'] },
        {
          position,
          title: `Sentra ${position}`,
          sector: 'Logam',
          place: 'Kabupaten Jombang, Jawa Timur',
          turnoverGrowth: position,
        },
      ),
    );
    const files = packCards(records);
    // The files' names as the site published them, and as a later publication names them.
    let names = files.map((_, file) => `uji-${file}`);
    const fetched: string[] = [];
    const page = await session.browser().newPage();
    await page.route('**/sentra/indeks.json', (route) => route.fulfill({ json: packIndex(records, names) }));
    await page.route('**/sentra/kartu/**', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!.replace('.json', '');
      if (!names.includes(name)) return route.fulfill({ status: 404, body: '' });
      fetched.push(name);
      return route.fulfill({ json: files[names.indexOf(name)] });
    });
    await page.goto(`${session.origin()}/sentra/`);
    await openFilters(page);
    await page.locator('select[name=urut]').selectOption('omzet');
    await page.locator('[data-finder-status]', { hasText: '60 sentra cocok' }).waitFor();
    // The fastest growth first: cases 59 to 36, which lie in the last two files of 25.
    expect(await shownLinks(page)).toHaveLength(24);
    expect(fetched.sort()).toEqual(['uji-1', 'uji-2']);

    // The site is published anew and the next batch's file is gone: said, and the same button
    // then fetches the new index and the files it names.
    names = files.map((_, file) => `baru-${file}`);
    await page.getByRole('button', { name: 'Tampilkan 24 lagi' }).click();
    await page.locator('[data-finder-status]', { hasText: 'tidak dapat dimuat' }).waitFor();
    expect(await shownLinks(page)).toHaveLength(24);
    await page.getByRole('button', { name: 'Tampilkan 24 lagi' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-finder-results] h3 a').length === 48);
    await page.locator('[data-finder-status]', { hasText: '60 sentra cocok' }).waitFor();
    expect(fetched.sort()).toEqual(['baru-0', 'baru-1', 'baru-2', 'uji-1', 'uji-2']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/sentra/kasus-35/');
    await page.getByRole('button', { name: 'Tampilkan 12 lagi' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-finder-results] h3 a').length === 60);
    expect(await page.getByRole('button', { name: /Tampilkan/ }).count()).toBe(0);
    await page.close();
  });
});
