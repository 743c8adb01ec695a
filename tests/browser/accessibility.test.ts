import { describe, expect, it } from 'vitest';
import { findAxeViolations } from '../support/axe-check';
import { builtPages, urlOf } from '../support/dist';
import { useBrowser } from './session';

const session = useBrowser();
const schemes = ['light', 'dark'] as const;

// Every built page, so every page type (home, lists, filters, cases and lessons, guides, search,
// data, about, 404), on a phone, in both colour schemes: dark mode has contrasts of its own.
describe('accessibility', () => {
  it.each(builtPages().flatMap((file) => schemes.map((scheme) => [urlOf(file), scheme] as const)))(
    'axe finds no WCAG 2.1 A/AA or target-size violation on %s in %s mode',
    async (path, colorScheme) => {
      const page = await session.browser().newPage({ colorScheme, viewport: { width: 360, height: 800 } });
      await page.goto(`${session.origin()}${path}`);
      expect(await findAxeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it.each(schemes)(
    'axe finds no violation in the search results and their "more" button, in %s mode',
    async (colorScheme) => {
      const page = await session.browser().newPage({ colorScheme, viewport: { width: 360, height: 800 } });
      await page.goto(`${session.origin()}/cari/?q=sentra`);
      await page.locator('[data-more]').waitFor({ state: 'visible', timeout: 30_000 });
      expect(await findAxeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('would fail on a broken page: the same check finds tiny, crowded links and faint text', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.setContent(`<!DOCTYPE html><html lang="id"><head><title>Rusak</title></head><body><main>
      <h1>Rusak</h1>
      <div><a href="#a" style="font-size:8px">1</a><a href="#b" style="font-size:8px">2</a></div>
      <p style="color:#ccc">Teks pucat</p>
    </main></body></html>`);
    const violations = (await findAxeViolations(page)).join('\n');
    expect(violations).toMatch(/^target-size: /m);
    expect(violations).toMatch(/^color-contrast: /m);
    await page.close();
  });
});
