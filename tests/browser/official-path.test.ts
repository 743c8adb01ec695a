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
