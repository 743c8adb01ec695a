import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations } from '../support/axe-check';
import { launchBrowser } from '../support/browser';
import { watchPage } from '../support/page-watch';
import { buildPhotoCase } from '../support/photo-case';
import { serveStatic } from '../support/static-server';

// The case with a generated photo, built on its own (the shipped cases have no photo yet), in
// Chromium on a phone: what a reader's browser fetches, and when.
let browser: Browser;
let server: Server;
let origin = '';
beforeAll(async () => {
  const { outDir, status, output } = buildPhotoCase();
  if (status !== 0) throw new Error(`The case with a photo did not build:\n${output}`);
  ({ origin, server } = await serveStatic(outDir));
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const path = '/sentra/contoh-foto/';

describe('a photo on a phone', () => {
  // Below the fold, so it carries loading="lazy" (see tests/build/photos.test.ts); how near the
  // reader must scroll before Chromium fetches it depends on the connection, so that is not timed here.
  it('sits below the fold, and is fetched once, as AVIF in the width a phone needs', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const problems = await watchPage(page, origin);
    const photoRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/_astro/pengecoran.')) photoRequests.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const img = page.locator('section[aria-labelledby=foto] img');
    expect(await img.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThan(800);

    await img.scrollIntoViewIfNeeded();
    await img.evaluate((element: HTMLImageElement) => element.decode());
    // A 360-px screen at 1× needs the narrowest copy: 400 px.
    const shown = await img.evaluate((element: HTMLImageElement) => new URL(element.currentSrc).pathname);
    const avif = await page.locator('section[aria-labelledby=foto] source[type="image/avif"]').getAttribute('srcset');
    expect(avif).toContain(`${shown} 400w`);
    expect(photoRequests).toEqual([shown]);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('leaves axe nothing to find in %s mode', async (colorScheme) => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}${path}`);
    await page.locator('section[aria-labelledby=foto] img').scrollIntoViewIfNeeded();
    expect(await findAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
