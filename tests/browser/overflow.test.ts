import { describe, expect, it } from 'vitest';
import { useBrowser } from './session';

const session = useBrowser();

// One page of every page type: a page type that scrolls sideways on a phone shows it on any of its pages.
const pages = [
  '/',
  '/sentra/',
  '/sentra/kelompok/pangan/',
  '/sentra/gula-semut-semedo-banyumas/',
  '/sentra/bambu-tiga-susut-bangli/',
  '/sentra/olahan-ikan-manokwari/',
  '/panduan/replikasi/',
  '/panduan/dak-fisik-ikm/',
  '/cari/',
  '/bandingkan/',
  '/tentang/',
  '/data/',
];

// Issue 28: no page scrolls sideways on the narrowest phones. A wide table or chart may scroll
// inside its own frame; the page itself never does.
describe.each([320, 360])('at %i px wide', (width) => {
  it.each(pages)('%s does not scroll sideways', async (path) => {
    const context = await session.browser().newContext({ viewport: { width, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${session.origin()}${path}`, { waitUntil: 'load' });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(scrollWidth, path).toBeLessThanOrEqual(width);
  });
});
