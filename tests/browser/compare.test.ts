import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageSize } from '../../src/lib/list/paginate';
import { findAxeViolations as findViolations } from '../support/axe-check';
import { holdScript } from './held-script';
import { useBrowser } from './session';

const session = useBrowser();
const jombang = 'slag-aluminium-kendalsari-jombang';
const sinjai = 'pengolahan-ikan-lappa-sinjai';
const magetan = 'upt-industri-kulit-lik-magetan';
const tidore = 'gedung-promosi-ikm-tidore-kepulauan';

/** The cases the chosen table shows, by its column headings. */
async function columns(page: Page): Promise<string[]> {
  await page.locator('[data-chosen] table').waitFor();
  return page.locator('[data-chosen] thead th').evaluateAll((cells) => cells.map((cell) => cell.dataset.sentra!));
}

/** The cases the picker lists as chosen, by their names. */
async function picked(page: Page): Promise<string[]> {
  return page.locator('[data-picked] li span').allTextContents();
}

/** Each worker figure's bar, in pixels, with its track, per case, from the shared "orang" scale. */
async function workerBars(page: Page) {
  const scale = page.locator('[data-chosen] [data-scale="orang"]');
  const max = Number(await scale.getAttribute('data-scale-max'));
  const bars = await page.locator('[data-chosen] tr[data-scale-unit="orang"] .compare-figure').evaluateAll((figures) =>
    figures.map((figure) => ({
      slug: figure.closest('td')!.dataset.sentra!,
      min: Number(figure.getAttribute('data-min')),
      solid: figure.querySelector('.compare-solid')!.getBoundingClientRect().width,
      track: figure.querySelector('.compare-bar')!.getBoundingClientRect().width,
    })),
  );
  return { max, bars };
}

async function expectOneWorkerScale(page: Page): Promise<void> {
  await expect.poll(() => columns(page)).toEqual([jombang, sinjai]);
  expect(await page.locator('[data-all]').isHidden()).toBe(true);
  const { max, bars } = await workerBars(page);
  // Jombang's 200 workers after and Sinjai's 50 and 100 planned, on one scale up to 200.
  expect(max).toBe(200);
  expect(new Set(bars.map((bar) => bar.slug))).toEqual(new Set([jombang, sinjai]));
  const track = bars[0]!.track;
  expect(track).toBeGreaterThan(80);
  for (const bar of bars) {
    // One length for the whole axis in both columns (a border's pixel apart), and each bar its
    // figure's share of it.
    expect(Math.abs(bar.track - track)).toBeLessThan(1.5);
    expect(Math.abs(bar.solid - (bar.min / max) * track)).toBeLessThan(1.5);
  }
  const widthOf = (slug: string, min: number) => bars.find((bar) => bar.slug === slug && bar.min === min)!.solid;
  expect(widthOf(jombang, 200) / widthOf(sinjai, 50)).toBeCloseTo(4, 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe('the comparison without JavaScript', () => {
  it('shows the table of every case on a 360-px phone, scrolling inside its frame, not the page', async () => {
    const context = await session
      .browser()
      .newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${session.origin()}/bandingkan/?sentra=${jombang},${sinjai}`);
    const caseCount = readdirSync('content/sentra').filter((name) => name.endsWith('.mdx')).length;
    // The first page of the table: a page's worth of cases, the rest on further pages.
    expect(await page.locator('[data-all] thead th').count()).toBe(Math.min(caseCount, pageSize));
    expect(await page.locator('[data-picker]').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const frame = page.locator('[data-all] section.compare-scroll');
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await context.close();
  });
});

describe('comparing cases with JavaScript', () => {
  it('shows two cases from the address on one scale, and again after a reload', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 780 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${session.origin()}/bandingkan/?sentra=${jombang},${sinjai}`);
    await expectOneWorkerScale(page);
    await page.reload();
    await expectOneWorkerScale(page);
    expect(await picked(page)).toEqual([
      '1. Sentra IKM Slag Aluminium Kendalsari',
      '2. Sentra IKM Pengolahan Ikan Sinjai',
    ]);
    expect(requests.filter((url) => !url.startsWith(session.origin()))).toEqual([]);
    // The list of cases to pick from is fetched only when the reader goes to the search field.
    expect(requests.filter((url) => url.includes('/bandingkan/daftar/'))).toEqual([]);
    await page.close();
  });

  it('finds a case by place, adds it to the address, and the back button returns to the two', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(`${session.origin()}/sentra/${jombang}/`);
    await page.getByRole('link', { name: 'Bandingkan dengan sentra lain' }).click();
    expect(await columns(page)).toEqual([jombang]);
    const search = page.getByLabel('Cari sentra menurut nama atau tempat');
    await search.fill('sinjai');
    await page.locator(`[data-results] button[data-add="${sinjai}"]`).click();
    await expect.poll(() => page.url()).toContain(`?sentra=${jombang},${sinjai}`);
    await expectOneWorkerScale(page);
    expect(await search.inputValue()).toBe('');

    // Enter with a single match adds it at once.
    await search.fill('magetan');
    await search.press('Enter');
    await expect.poll(() => page.url()).toContain(`?sentra=${jombang},${sinjai},${magetan}`);
    await expect.poll(() => columns(page)).toEqual([jombang, sinjai, magetan]);

    await page.goBack();
    await expect.poll(() => columns(page)).toEqual([jombang, sinjai]);
    expect(await picked(page)).toHaveLength(2);

    // A case is taken out with its own button.
    await page.getByRole('button', { name: 'Hapus Sentra IKM Slag Aluminium Kendalsari' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`\\?sentra=${sinjai}$`));
    await expect.poll(() => columns(page)).toEqual([sinjai]);
    await page.close();
  });

  // The picker is in the page from the first paint: on a slow phone a reader can type before the
  // script arrives, and what was typed must still be searched.
  it('searches what a reader typed before the script arrived', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 780 } });
    const release = await holdScript(page, '**/_astro/CompareView*.js');
    await page.goto(`${session.origin()}/bandingkan/`, { waitUntil: 'commit' });
    await page.getByLabel('Cari sentra menurut nama atau tempat').fill('sinjai');
    release();
    await page.locator(`[data-results] button[data-add="${sinjai}"]`).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('says so when nothing matches, and names a case in the address that does not exist', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(`${session.origin()}/bandingkan/?sentra=tidak-ada,${jombang}`);
    await expect.poll(() => columns(page)).toEqual([jombang]);
    expect(await page.locator('[data-status]').textContent()).toContain('Sentra “tidak-ada” tidak ada di situs ini.');
    await page.getByLabel('Cari sentra menurut nama atau tempat').fill('zzzz');
    await expect
      .poll(() => page.locator('[data-picker-status]').textContent())
      .toBe('Tidak ada sentra yang cocok dengan “zzzz”.');
    await page.close();
  });

  it('says so when the list of cases cannot be fetched, and fetches it again on the next search', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 780 } });
    await page.route('**/bandingkan/daftar/sentra.json', (route) => route.abort());
    await page.goto(`${session.origin()}/bandingkan/`);
    const search = page.getByLabel('Cari sentra menurut nama atau tempat');
    await search.fill('sinjai');
    await expect
      .poll(() => page.locator('[data-picker-status]').textContent())
      .toContain('Daftar sentra tidak dapat dimuat');
    await page.unroute('**/bandingkan/daftar/sentra.json');
    await search.fill('sinja');
    await page.locator(`[data-results] button[data-add="${sinjai}"]`).waitFor();
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'passes axe with three cases chosen, a lesson among them, in %s mode',
    async (colorScheme) => {
      const page = await session.browser().newPage({ colorScheme, viewport: { width: 360, height: 780 } });
      await page.goto(`${session.origin()}/bandingkan/?sentra=${jombang},${tidore},${magetan}`);
      await expect.poll(() => columns(page)).toEqual([jombang, tidore, magetan]);
      expect(await page.locator(`[data-chosen] th[data-sentra="${tidore}"]`).textContent()).toContain(
        'Pelajaran, bukan kisah sukses',
      );
      // The picker's matches are on view too, each a button to add the case.
      await page.getByLabel('Cari sentra menurut nama atau tempat').fill('sentra');
      await page.locator('[data-results] button').first().waitFor();
      expect(await findViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
