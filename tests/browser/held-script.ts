import type { Page } from 'playwright-core';

/**
 * Holds back the scripts whose address matches `pattern` until `release()` is called, to act as a
 * reader on a slow phone who uses the page before its script has arrived. Open the page with
 * `waitUntil: 'commit'`: its DOMContentLoaded waits for a held module script.
 */
export async function holdScript(page: Page, pattern: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
