import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './session';

const session = useBrowser();

/** The page fits a 360-px phone: nothing wider than the screen. */
async function fitsPhone(page: Page): Promise<void> {
  // A click returns once the next page starts loading; its layout is known once its stylesheet is in.
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(360);
}

// Issue 6, tried as a pemda official would, on a 360-px phone with JavaScript off: from the home
// page to a food-sector sentra funded by DAK, what it cost and what came of it, the replication
// step it illustrates, and a lesson where that step was missed, a few taps each.
describe('a pemda official on a phone without JavaScript', () => {
  it('goes from the home page to a DAK-funded case, its replication step and a lesson that missed it', async () => {
    const context = await session
      .browser()
      .newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${session.origin()}/`);
    await fitsPhone(page);

    // Tap 1: the sector group.
    await page.locator('section[aria-labelledby=cari-serupa] a', { hasText: /^Pangan \(/ }).click();
    expect(new URL(page.url()).pathname).toBe('/sentra/kelompok/pangan/');
    await fitsPhone(page);

    // Tap 2: a success story whose card says it was funded by DAK Fisik.
    const card = page
      .locator('section[aria-labelledby=kisah-sukses] article', { hasText: 'DAK Fisik Bidang IKM' })
      .first();
    await card.locator('h3 a').click();
    expect(new URL(page.url()).pathname).toMatch(/^\/sentra\/[a-z0-9-]+\/$/);
    await fitsPhone(page);
    // What it cost and what came of it, on the page without any script.
    expect(await page.locator('#pendanaan + div').textContent()).toMatch(/DAK Fisik Bidang IKM/);
    expect(await page.locator('section[aria-labelledby=hasil] figure').count()).toBeGreaterThan(0);

    // Tap 3: a replication step of this case whose guide section also lists a lesson that missed it.
    const caseUrl = page.url();
    const steps = await page
      .locator('#replikasi ~ ol a[href^="/panduan/replikasi/#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    let lessonLink = '';
    for (const step of steps) {
      await page.goto(caseUrl);
      await page.locator(`#replikasi ~ ol a[href="${step}"]`).click();
      const anchor = new URL(page.url()).hash;
      const missed = page
        .locator(`${anchor} a`)
        .filter({ has: page.locator('xpath=ancestor::div[p[contains(., "terlewat")]]') });
      if ((await missed.count()) > 0) {
        lessonLink = (await missed.first().getAttribute('href'))!;
        // Tap 4: the lesson.
        await missed.first().click();
        break;
      }
    }
    expect(lessonLink, 'a step this case shows is missed by some lesson').not.toBe('');
    await fitsPhone(page);
    expect(await page.locator('[role=note]', { hasText: 'Pelajaran, bukan kisah sukses.' }).isVisible()).toBe(true);
    await context.close();
  });
});

// Issue 28, tried on a 360 × 640 phone with JavaScript on: from the home page's entry for officials
// to food-processing cases funded by DAK, one of them, a comparison of three, the replication guide
// and a lesson, every step a tap on the page before it: no dead end.
describe('a pemda official choosing a model on a phone', () => {
  it('goes from home to a food DAK case, compares three, reads the replication guide and a lesson', async () => {
    const context = await session.browser().newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${session.origin()}/`);
    await fitsPhone(page);

    // The entry for officials is within the first screen.
    const officials = page.locator('nav[aria-labelledby=untuk-pemda]');
    const box = (await officials.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    for (const name of ['Cari menurut kelompok sektor', 'Panduan DAK Fisik Bidang IKM', 'Langkah mereplikasi sentra'])
      expect(await officials.getByRole('link', { name }).count()).toBe(1);

    // Food-processing cases, then one whose card names a DAK line as its funding.
    await officials.getByRole('link', { name: 'Cari menurut kelompok sektor' }).click();
    await page.locator('section[aria-labelledby=cari-serupa] a', { hasText: /^Pangan \(/ }).click();
    expect(new URL(page.url()).pathname).toBe('/sentra/kelompok/pangan/');
    await fitsPhone(page);
    const card = page
      .locator('section[aria-labelledby=kisah-sukses] article')
      .filter({ has: page.locator('dd', { hasText: /^\s*DAK/ }) })
      .first();
    // The card says what the official decides from: money, IKM, a result, a dated status, the evidence.
    const text = (await card.textContent())!;
    expect(text).toMatch(/Dana.*DAK.*IKM.*Hasil.*Status.* · per .*Bukti: (kuat|sedang|lemah)/s);
    await card.locator('h3 a').click();
    expect(new URL(page.url()).pathname).toMatch(/^\/sentra\/[a-z0-9-]+\/$/);
    const first = new URL(page.url()).pathname.split('/')[2]!;
    await fitsPhone(page);

    // Compare it with two more, found by name.
    await page.getByRole('link', { name: 'Bandingkan dengan sentra lain' }).click();
    const search = page.getByLabel('Cari sentra menurut nama atau tempat');
    for (const word of ['kopi', 'batik']) {
      await search.fill(word);
      await page.locator('[data-results] button[data-add]').first().click();
    }
    const chosen = page.locator('[data-chosen] thead th[data-sentra]');
    await expect.poll(() => chosen.count()).toBe(3);
    expect(await chosen.first().getAttribute('data-sentra')).toBe(first);
    await fitsPhone(page);

    // The replication guide, from the site's own navigation.
    await page.getByRole('link', { name: 'Panduan', exact: true }).click();
    await page.locator('main a[href="/panduan/replikasi/"]').first().click();
    expect(new URL(page.url()).pathname).toBe('/panduan/replikasi/');
    await fitsPhone(page);

    // A lesson where a step was missed.
    const lesson = page.locator('div:has(> p:text("terlewat")) a').first();
    await lesson.click();
    await fitsPhone(page);
    expect(await page.locator('[role=note]', { hasText: 'Pelajaran, bukan kisah sukses.' }).isVisible()).toBe(true);
    await context.close();
  });
});
