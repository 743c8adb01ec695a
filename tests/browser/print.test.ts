import { describe, expect, it } from 'vitest';
import { useBrowser } from './session';

const session = useBrowser();

describe('printing a case', () => {
  it('gives a handout: key facts, figures, funding and sources, without the story and navigation', async () => {
    const page = await session.browser().newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${session.origin()}/sentra/slag-aluminium-kendalsari-jombang/`);
    await page.emulateMedia({ media: 'print' });
    for (const id of ['hasil', 'pendanaan', 'sumber']) expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
    for (const id of ['kisah', 'linimasa']) expect(await page.locator(`#${id}`).isVisible(), id).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(false);
    await expect(page.getByText('Lembar ringkas.').isVisible()).resolves.toBe(true);
    // About two A4 pages at most.
    expect(await page.evaluate(() => document.body.scrollHeight)).toBeLessThan(2 * 1123);
    await page.close();
  });
});
