import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './session';

const session = useBrowser();

// On a slow phone the font and the scripts arrive after the first paint. Nothing the reader is
// looking at may move when they do: a web font swapped in reflows the text, and a form a script
// reveals pushes the list down (Lighthouse's Cumulative Layout Shift; /sentra/ scored 80 for it).
const pages = [
  '/',
  '/sentra/',
  '/sentra/slag-aluminium-kendalsari-jombang/',
  '/panduan/replikasi/',
  '/cari/',
  '/bandingkan/',
];
const lateMs = 400;

/** Opens `path` at 360×640 with every script and font held back by `lateMs`; sums its layout shifts. */
async function shiftOf(page: Page, path: string): Promise<number> {
  await page.route(/\.(js|woff2)$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, lateMs));
    await route.continue();
  });
  await page.goto(`${session.origin()}${path}`, { waitUntil: 'networkidle' });
  return totalShift(page);
}

/** Layout shifts since the page began, as Lighthouse counts them (none right after input). */
function totalShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
}

describe('layout stability on a slow phone', () => {
  it.each(pages)('nothing on %s moves when its font and scripts arrive late', async (path) => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 640 } });
    expect(await shiftOf(page, path)).toBe(0);
    await page.close();
  });

  it('would fail on a page whose script reveals a form above the text', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 640 } });
    // Served from the site's origin, without its security policy: Chromium reports no layout
    // shift on a blank page, and the policy would stop the inline script and style.
    await page.route('**/geser/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!DOCTYPE html><html lang="id"><head><title>Geser</title></head><body>
          <form hidden style="height:200px"></form><p>Daftar sentra</p>
          <script>setTimeout(() => (document.querySelector('form').hidden = false), ${lateMs})</script>
        </body></html>`,
      }),
    );
    await page.goto(`${session.origin()}/geser/`);
    await page.waitForTimeout(lateMs * 2);
    expect(await totalShift(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the filter form of /sentra/ for readers with JavaScript only', async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin()}/sentra/`);
    // Without the script the form could only reload the page: the single-filter links stand in.
    await expect(page.locator('[data-finder-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-finder-fallback] a').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
