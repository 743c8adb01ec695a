import type { Page } from 'playwright-core';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Watches a page, before it loads, for what a locked-down static site must never do: break its
 * own Content-Security-Policy, ask another origin for anything, or log an error. Call the
 * returned function once the page has done its work; it lists every problem seen, one per line.
 */
export async function watchPage(page: Page, origin: string): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  // The browser reports each blocked script, style, font or fetch as an event on the document.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.cspViolations ??= []).push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => window.cspViolations ?? [])).map((violation) => `CSP: ${violation}`),
  ];
}
