import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './session';

const session = useBrowser();
const slugs = readdirSync('content/sentra').map((name) => name.replace(/\.mdx$/, ''));

/** The pages of a PDF: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('printing a case', () => {
  it('gives a handout: key facts, figures, funding and sources, without the story and navigation', async () => {
    const page = await session.browser().newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${session.origin()}/sentra/slag-aluminium-kendalsari-jombang/`);
    await page.emulateMedia({ media: 'print' });
    for (const id of ['hasil', 'pendanaan', 'sumber']) expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
    for (const id of ['kisah', 'linimasa']) expect(await page.locator(`#${id}`).isVisible(), id).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(false);
    await expect(page.getByText('Lembar ringkas.').isVisible()).resolves.toBe(true);
    // Sources print with their full address, never cut with "…", so a reader can type it.
    const full =
      'https://wartaekonomi.co.id/read562721/kemenperin-dorong-pemda-manfaatkan-dak-untuk-pengembangan-sentra-ikm?page=2';
    await expect(page.getByText(full, { exact: true }).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('#sumber ~ ol').innerText()).not.toContain('…');
    await page.close();
  });

  it.each(slugs)('%s prints on one A4 page', async (slug) => {
    const page = await session.browser().newPage();
    await page.goto(`${session.origin()}/sentra/${slug}/`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(countPages(pdf)).toBe(1);
    await page.close();
  });
});
