import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/astro-build';
import { holdScript } from './held-script';
import { useBrowser } from './session';
import { observedOnce } from './intersections';

const session = useBrowser();
const caseLink = 'a[href="/sentra/slag-aluminium-kendalsari-jombang/"]';

/** Types `term` into a fresh page and, once results are listed, reads down the first ones. */
async function searchFor(term: string) {
  const page = await session.browser().newPage();
  await page.goto(`${session.origin()}/cari/`);
  await page.getByLabel('Kata pencarian').fill(term);
  await page.locator('[data-results] > li').first().waitFor({ timeout: 10_000 });
  await readDown(page, 0, await page.locator('[data-results] > li').count());
  return page;
}

describe('search on /cari/', () => {
  // "pengolahan" alone is in many cases now; with "slag", every result must hold both words.
  it.each(['pengolahan slag', 'aluminium', 'Jombang'])('lists the Jombang case for "%s"', async (term) => {
    const page = await searchFor(term);
    await expect(page.locator(`[data-results] ${caseLink}`).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.close();
  });

  // On a slow phone a reader can type before the script arrives: what was typed is still searched.
  it('searches a word typed before the script arrived', async () => {
    const page = await session.browser().newPage();
    const release = await holdScript(page, '**/_astro/SearchForm*.js');
    await page.goto(`${session.origin()}/cari/`, { waitUntil: 'commit' });
    await page.getByLabel('Kata pencarian').fill('aluminium');
    release();
    await expect(page.locator(`[data-results] ${caseLink}`).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.close();
  });

  it('stems Indonesian: "mengolahnya", a form the page never uses, finds the case with "slag"', async () => {
    const html = readFileSync(`${distDir}/sentra/slag-aluminium-kendalsari-jombang/index.html`, 'utf8');
    expect(html.toLowerCase()).not.toContain('mengolahnya');
    const page = await searchFor('mengolahnya slag');
    await expect(page.locator(`[data-results] ${caseLink}`).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.close();
  });

  it('shows a lesson as a lesson, and keeps the negation before a match in its excerpt', async () => {
    const page = await searchFor('jumlah kisah sukses Pemenang');
    const result = page.locator('[data-results] > li', {
      has: page.locator('a[href="/sentra/olahan-kelapa-pemenang-timur-lombok-utara/"]'),
    });
    await result.waitFor({ timeout: 10_000 });
    await expect(result.textContent()).resolves.toContain('Pelajaran, bukan kisah sukses');
    await expect(result.locator('p.mt-2').textContent()).resolves.toContain('tidak dihitung dalam jumlah kisah sukses');
    await page.close();
  });

  it("shows a result with a list card's facts: funding, IKM, result, status with its date, evidence", async () => {
    const page = await searchFor('aluminium');
    const result = page.locator('[data-results] > li', { has: page.locator(caseLink) });
    await result.waitFor({ timeout: 10_000 });
    const facts = result.locator('dl.card-facts');
    expect(await facts.locator('dt').allTextContents()).toEqual(['Dana', 'IKM', 'Hasil', 'Status']);
    const [funding, ikm, outcome, status] = await facts.locator('dd').allTextContents();
    // The scheme as named, its budget years where known, and its amount.
    expect(funding).toMatch(/^DAK Fisik Bidang IKM[\d ,–]* · Rp\d/);
    expect(ikm).toMatch(/\d IKM$/);
    expect(outcome).toMatch(/\d.*\[\d+\]$/);
    expect(status).toMatch(/ · per \w+ 20\d\d/);
    await expect(result.locator('p', { hasText: /^Bukti: / }).count()).resolves.toBe(1);
    // The result's figure links to its source on the case page, as on a list's card.
    expect(await facts.locator('dd a').getAttribute('href')).toMatch(
      /^\/sentra\/slag-aluminium-kendalsari-jombang\/#sumber-\d+$/,
    );
    await page.close();
  });

  it('narrows by a filter, and says so when nothing matches', async () => {
    const page = await session.browser().newPage();
    await page.goto(`${session.origin()}/cari/?q=aluminium&provinsi=Jawa+Timur`);
    await page.locator(`[data-results] ${caseLink}`).waitFor({ timeout: 10_000 });
    await page.getByLabel('Status').selectOption('Beroperasi');
    await page.getByLabel('Kata pencarian').fill('rotan');
    await page.waitForFunction(
      () => document.querySelector('[data-status]')?.textContent === 'Tidak ada kisah yang cocok.',
    );
    expect(await page.locator(`[data-results] ${caseLink}`).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('?q=rotan&provinsi=Jawa+Timur&status=Beroperasi');
    await page.close();
  });

  it("fetches a result's text only as it comes near the screen, and lists ten more each time the reader asks", async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 640 } });
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
    });
    await page.goto(`${session.origin()}/cari/?q=sentra`);
    const results = page.locator('[data-results] > li');
    const status = page.locator('[data-status]');
    await results.nth(4).waitFor({ timeout: 10_000 });
    const total = Number((await status.textContent())?.match(/^(\d+) kisah ditemukan; 5 teratas ditampilkan\.$/)?.[1]);
    expect(total).toBeGreaterThan(15);
    await observedOnce(results.nth(4));
    // On a phone the form fills the first screen: the fifth result is far below, its text not fetched.
    expect(await results.nth(4).getAttribute('aria-busy')).toBe('true');
    expect(fragments.length).toBeLessThan(5);
    await readDown(page, 0, 5);
    expect(fragments).toHaveLength(5);
    const more = page.getByRole('button', { name: 'Tampilkan lebih banyak' });
    await more.click();
    await results.nth(14).waitFor();
    expect(await status.textContent()).toBe(`${total} kisah ditemukan; 15 teratas ditampilkan.`);
    // The focus moves to the first new result, fetched at once, where a keyboard or screen reader goes on reading.
    await page.waitForFunction(() => document.activeElement === document.querySelectorAll('[data-results] h2 a')[5]);
    while (await more.isVisible()) {
      const shown = await results.count();
      await more.click();
      await results.nth(Math.min(total, shown + 10) - 1).waitFor();
    }
    await readDown(page, 5, total);
    expect(await status.textContent()).toBe(`${total} kisah ditemukan.`);
    expect(await more.isHidden()).toBe(true);
    expect(new Set(fragments).size).toBe(total);
    expect(fragments).toHaveLength(total);
    await page.close();
  });

  it('says so when a result\'s text cannot be fetched, instead of "Memuat…" for ever', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${session.origin()}/cari/?q=sentra`);
    await page.locator('[data-results] > li').nth(4).waitFor({ timeout: 10_000 });
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.evaluate(() => document.querySelectorAll('[data-results] > li')[4]?.scrollIntoView());
    await page.waitForFunction(() => {
      const item = document.querySelectorAll('[data-results] > li')[4];
      return item?.textContent === 'Hasil ini gagal dimuat. Coba cari lagi.' && !item.hasAttribute('aria-busy');
    });
    await page.close();
  });
});

/** Scrolls through results `from` to `to` (excluded) as a reader would, each shown in turn with its text. */
async function readDown(page: Page, from: number, to: number): Promise<void> {
  for (let index = from; index < to; index++) {
    // In the page, in one step: a placeholder may be replaced by its result at any moment.
    await page.evaluate((index) => document.querySelectorAll('[data-results] > li')[index]?.scrollIntoView(), index);
    await page.waitForFunction(
      (index) => !document.querySelectorAll('[data-results] > li')[index]?.hasAttribute('aria-busy'),
      index,
    );
  }
}
