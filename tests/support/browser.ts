import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

// What a closed network needs: no sandbox as root, no GPU, and none of Chromium's own calls home.
export const closedNetworkFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts headless Chromium. The binary comes from the npm package @sparticuz/chromium, so a fresh
 * machine needs nothing beyond `npm ci`; CHROMIUM_PATH (e.g. /usr/bin/chromium) overrides it.
 */
export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({ executablePath: await chromiumPath(), args: closedNetworkFlags, headless: true });
}

/** The Chromium binary: CHROMIUM_PATH, or the one @sparticuz/chromium unpacks. */
export async function chromiumPath(): Promise<string> {
  return process.env.CHROMIUM_PATH ?? (await chromium.executablePath());
}
