import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { distDir } from '../support/astro-build';
import { launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';

/** One Chromium and one static server over dist/ for a test file, closed after it. */
export function useBrowser(): { browser: () => Browser; origin: () => string } {
  let browser: Browser;
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    ({ origin, server } = await serveStatic(distDir));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return { browser: () => browser, origin: () => origin };
}
