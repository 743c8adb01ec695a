import { describe, expect, it } from 'vitest';
import { useBrowser } from './session';
import { observedOnce } from './intersections';

const session = useBrowser();
const casePath = '/sentra/slag-aluminium-kendalsari-jombang/';

describe('the before/after charts', () => {
  it('draw on their canvas when scrolled near, and the page asks no other host for anything', async () => {
    // A phone screen, where the first chart starts far below the 300 px the observer looks ahead
    // (on a 1280×720 screen it sits inside that margin and may rightly load at once). No motion,
    // so the bars are complete the moment the chart is drawn.
    const page = await session.browser().newPage({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${session.origin()}${casePath}`);
    const figure = page.locator('chart-figure').first();
    // The premise: the first chart is well out of the observer's reach at load.
    expect(await figure.evaluate((element) => element.getBoundingClientRect().top - innerHeight)).toBeGreaterThan(600);
    await observedOnce(figure);
    // Chart.js is not fetched before a chart nears the viewport.
    expect(requests.some((url) => url.includes('draw-chart'))).toBe(false);
    expect(await page.locator('chart-figure[data-drawn]').count()).toBe(0);

    await figure.scrollIntoViewIfNeeded();
    // The first chart itself, drawn: a later one may finish first.
    await page.waitForFunction(() => document.querySelector('chart-figure')!.hasAttribute('data-drawn'), null, {
      timeout: 30_000,
    });
    expect(requests.some((url) => url.includes('draw-chart'))).toBe(true);
    const inked = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) count++;
      return count;
    });
    expect(inked).toBeGreaterThan(1000);
    expect(requests.filter((url) => !url.startsWith(session.origin()))).toEqual([]);
    await page.close();
  });

  it('leave every figure and table readable with JavaScript off', async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin()}${casePath}`);
    await expect(page.locator('figure table').count()).resolves.toBe(3);
    for (const table of await page.locator('figure table').all()) {
      expect(await table.isVisible()).toBe(true);
    }
    // No empty box where the canvas would be.
    for (const box of await page.locator('.chart-box').all()) expect(await box.isVisible()).toBe(false);
    const text = await page.locator('main').innerText();
    for (const figure of [
      '11–19 orang',
      '200 orang',
      'Rp200–300 juta per tahun',
      'Rp1,5–2 miliar per tahun',
      '50–70 ton/tahun',
      '400–700 ton/tahun',
      '×5–×10',
      'Rp20,4 miliar',
    ]) {
      expect(text).toContain(figure);
    }
    await page.goto(`${session.origin()}/cari/`);
    await expect(page.getByText('Pencarian butuh JavaScript').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
