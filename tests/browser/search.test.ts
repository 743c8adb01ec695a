import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/astro-build';
import { useBrowser } from './session';

const session = useBrowser();
const caseLink = 'a[href="/sentra/slag-aluminium-kendalsari-jombang/"]';

async function searchFor(term: string) {
  const page = await session.browser().newPage();
  await page.goto(`${session.origin()}/cari/`);
  await page.getByLabel('Kata pencarian').fill(term);
  return page;
}

describe('search on /cari/', () => {
  it.each(['pengolahan', 'aluminium', 'Jombang'])('lists the Jombang case for "%s"', async (term) => {
    const page = await searchFor(term);
    await expect(page.locator(`[data-results] ${caseLink}`).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.close();
  });

  it('stems Indonesian: "mengolahnya", a form the page never uses, finds the case', async () => {
    const html = readFileSync(`${distDir}/sentra/slag-aluminium-kendalsari-jombang/index.html`, 'utf8');
    expect(html.toLowerCase()).not.toContain('mengolahnya');
    const page = await searchFor('mengolahnya');
    await expect(page.locator(`[data-results] ${caseLink}`).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
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
});
