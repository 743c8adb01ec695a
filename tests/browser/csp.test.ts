import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchPage } from '../support/page-watch';
import { serveStatic } from '../support/static-server';
import { readPage } from '../support/dist';
import { useBrowser } from './session';
import { tempDir } from '../support/temp-dir';

const session = useBrowser();

// One page of each type; the work each does once loaded is what runs its scripts.
const drawCharts = async (page: Page) => {
  // Each chart brought into view in turn, and drawn: Chart.js has then run under the policy.
  const figures = await page.locator('chart-figure').all();
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) {
    await figure.scrollIntoViewIfNeeded();
    await figure.and(page.locator('[data-drawn]')).waitFor({ timeout: 30_000 });
  }
};
const search = async (page: Page) => {
  await page.locator('[data-results] a').first().waitFor({ timeout: 30_000 });
};
const pages: [type: string, path: string, work?: (page: Page) => Promise<void>][] = [
  ['home', '/'],
  ['the list', '/sentra/'],
  ['a filter page', '/sentra/provinsi/jawa-timur/'],
  ['a case, charts drawn', '/sentra/slag-aluminium-kendalsari-jombang/', drawCharts],
  ['a lesson', '/sentra/gedung-promosi-ikm-tidore-kepulauan/'],
  ['the guides', '/panduan/'],
  ['a guide, charts drawn', '/panduan/dak-fisik-ikm/', drawCharts],
  ['search, with results', '/cari/?q=aluminium', search],
  ['open data', '/data/'],
  ['about', '/tentang/'],
  ['not found', '/404.html'],
];

describe('the Content-Security-Policy', () => {
  it('is on every page, strict: hashes for inline scripts, no unsafe-inline or eval', () => {
    const policy = readPage('index.html')
      .querySelector('meta[http-equiv="content-security-policy"]')
      ?.getAttribute('content');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+;/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it.each(pages)('%s (%s) runs with no violation, no other origin and no console error', async (_, path, work) => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 800 } });
    const problems = await watchPage(page, session.origin());
    await page.goto(`${session.origin()}${path}`);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    await work?.(page);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('lets Pagefind compile its WebAssembly in the page where no worker can start', async () => {
    const page = await session.browser().newPage({ viewport: { width: 360, height: 800 } });
    const problems = await watchPage(page, session.origin());
    await page.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
    await page.goto(`${session.origin()}/cari/?q=aluminium`);
    await search(page);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('would fail on a broken page: the same watch reports an unhashed script, another origin and the error', async () => {
    const root = tempDir('csp-rusak-');
    writeFileSync(
      join(root, 'index.html'),
      `<!DOCTYPE html><html lang="id"><head>
      <meta http-equiv="content-security-policy" content="script-src 'self'; img-src 'self' http://127.0.0.1:9">
      <script>document.title = 'tanpa hash'</script>
      </head><body><img src="http://127.0.0.1:9/gambar.png" alt="dari host lain"></body></html>`,
    );
    const { origin, server } = await serveStatic(root);
    const page = await session.browser().newPage();
    const problems = await watchPage(page, origin);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window.cspViolations ?? []).length > 0);
    await page
      .locator('img')
      .evaluate((img: HTMLImageElement) => img.complete || new Promise((done) => (img.onerror = done)));
    const found = (await problems()).join('\n');
    expect(found).toMatch(/^CSP: script-src-elem blocked inline$/m);
    expect(found).toMatch(/^request to another origin: http:\/\/127\.0\.0\.1:9\/gambar\.png$/m);
    expect(found).toMatch(/^console error: /m);
    await page.close();
    server.close();
  });
});
