// Figures only a browser can give: what a phone downloads to show a page, and what the first
// search costs. Headless Chromium (tests/support/browser.ts) over the built folder, served as a
// static host would serve it, uncompressed; gzip sizes are computed here from the bodies.
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Response } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/** A phone-sized window: the readers the site is built for. */
const phone = { viewport: { width: 360, height: 640 } };

/** When, in the page's clock, the reader last typed and the first result appeared. */
interface BenchTimes {
  lastInput?: number;
  firstResult?: number;
}

/** Gzipped bytes of a page and what it loads, by kind. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  font: number;
  other: number;
  requests: number;
}

/** The cost of a first search in a fresh browser. */
export interface SearchCost {
  /** Bytes from /pagefind/ as served here, uncompressed. */
  bytes: number;
  /** The same files as a host that compresses text sends them: scripts and JSON gzipped, Pagefind's own files as they are. */
  sentBytes: number;
  requests: number;
  /** From the last keystroke to the first result on the page. */
  firstResultMs: number;
  results: number;
}

function kindOf(response: Response): keyof Omit<PageWeight, 'requests'> {
  const path = new URL(response.url()).pathname;
  if (response.request().resourceType() === 'document') return 'html';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.woff2')) return 'font';
  return 'other';
}

/** Collects every response of a browser context, with its body. */
function recordResponses(context: BrowserContext): Promise<{ response: Response; body: Buffer }>[] {
  const recorded: Promise<{ response: Response; body: Buffer }>[] = [];
  context.on('response', (response) => {
    recorded.push(
      response.body().then(
        (body) => ({ response, body }),
        () => ({ response, body: Buffer.alloc(0) }),
      ),
    );
  });
  return recorded;
}

/** Waits until no response has arrived for `quietMs`. */
async function settle(recorded: unknown[], quietMs = 1000): Promise<void> {
  let seen = -1;
  while (seen !== recorded.length) {
    seen = recorded.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** Opens a built site in Chromium for the callback, then closes both. */
export async function withSite<T>(dir: string, use: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const served = await serveStatic(dir);
    server = served.server;
    browser = await launchBrowser();
    return await use(browser, served.origin);
  } finally {
    await browser?.close();
    server?.close();
  }
}

/**
 * What a page leaves for the browser's idle time (the search page's engine script) runs just after
 * the load event, so every run counts it. Headless Chromium gave about a third of the pages it
 * loaded no idle period within 2 s, and one none within 16 s, and the search page then weighed
 * 13 KB less in one run and not in the next. A phone with nothing else to do is idle about as soon as the page
 * has loaded; this is the heavier of the two readings.
 */
function idleAfterLoad(): void {
  window.requestIdleCallback = (callback) => {
    const run = () => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0);
    if (document.readyState === 'complete') run();
    else window.addEventListener('load', run, { once: true });
    return 0;
  };
}

/** Everything a phone downloads to show `path` until the network falls quiet, gzipped. */
export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext(phone);
  await context.addInitScript(idleAfterLoad);
  const recorded = recordResponses(context);
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await settle(recorded);
  const weight: PageWeight = { html: 0, css: 0, js: 0, font: 0, other: 0, requests: recorded.length };
  for (const { response, body } of await Promise.all(recorded)) {
    const kind = kindOf(response);
    // Fonts and Pagefind's index files are compressed already; a server would send them as they are.
    weight[kind] += kind === 'font' || kind === 'other' ? body.length : gzipSync(body).length;
  }
  await context.close();
  return weight;
}

/** What the recorded responses fetched from /pagefind/: bytes as served and as sent, and requests. */
async function searchFiles(
  recorded: Promise<{ response: Response; body: Buffer }>[],
): Promise<Pick<SearchCost, 'bytes' | 'sentBytes' | 'requests'>> {
  const search = (await Promise.all(recorded)).filter(({ response }) =>
    new URL(response.url()).pathname.startsWith('/pagefind/'),
  );
  const sent = ({ response, body }: { response: Response; body: Buffer }) =>
    /\.(js|json)$/.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length;
  return {
    bytes: search.reduce((sum, { body }) => sum + body.length, 0),
    sentBytes: search.reduce((sum, file) => sum + sent(file), 0),
    requests: search.length,
  };
}

/**
 * The same first search over another site's index, through Pagefind's own API from one of its
 * pages (`path`): the engine, the index's metadata, the word's chunks and the first result's text,
 * with nothing fetched while typing and no interface of its own. The baseline has no search page;
 * Pagefind's interface would fetch its script and stylesheet and five results' texts besides, so
 * this is the least its index costs.
 */
export async function apiSearch(
  browser: Browser,
  origin: string,
  path: string,
  word: string,
): Promise<Pick<SearchCost, 'bytes' | 'sentBytes' | 'requests' | 'results'>> {
  const context = await browser.newContext(phone);
  const recorded = recordResponses(context);
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const { found, fetched } = await page.evaluate(async (term) => {
    // A variable path, as the site's own client has it: the file exists only in the built folder.
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(url);
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    const search = await pagefind.search(term);
    // The first result's text only, as the site's own search shows on a phone's first screen.
    const texts = await Promise.all(
      search.results.slice(0, 1).map((result: { data(): Promise<unknown> }) => result.data()),
    );
    return { found: search.results.length, fetched: texts.length };
  }, word);
  if (found === 0) throw new Error(`"${word}" found nothing in ${origin}: no first search to measure`);
  await settle(recorded);
  const cost = { ...(await searchFiles(recorded)), results: fetched };
  await context.close();
  return cost;
}

/**
 * Opens /cari/ in a fresh browser, types `word` into the search box as a reader would, and counts
 * everything fetched from /pagefind/ from the moment the page opens (the engine it may fetch while
 * idle, index chunks fetched while typing, any search run during a pause in typing) until the
 * network falls quiet after the first result of the typed word is shown. Results whose text waits
 * for the reader to scroll near them, or for "Tampilkan lebih banyak", are not fetched, so not counted.
 */
export async function coldSearch(browser: Browser, origin: string, word: string): Promise<SearchCost> {
  const context = await browser.newContext(phone);
  const recorded = recordResponses(context);
  const page = await context.newPage();
  await page.goto(`${origin}/cari/`, { waitUntil: 'load' });
  await page.evaluate(() => {
    const times: BenchTimes = {};
    (window as unknown as { benchTimes: BenchTimes }).benchTimes = times;
    // Each keystroke starts the clock again: a result shown for a part of the word, during a
    // pause in typing, is not the first result of the word.
    document.addEventListener(
      'input',
      () => {
        times.lastInput = performance.now();
        times.firstResult = undefined;
      },
      true,
    );
    const results = document.querySelector('[data-results]')!;
    new MutationObserver(() => {
      if (results.children.length > 0 && times.lastInput !== undefined) times.firstResult ??= performance.now();
    }).observe(results, { childList: true });
  });
  await page.getByLabel('Kata pencarian').click();
  await page.keyboard.type(word, { delay: 120 });
  await page.waitForFunction(
    () => (window as unknown as { benchTimes: BenchTimes }).benchTimes.firstResult !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  await settle(recorded);
  const times = await page.evaluate(() => (window as unknown as { benchTimes: BenchTimes }).benchTimes);
  const cost = {
    ...(await searchFiles(recorded)),
    firstResultMs: times.firstResult! - times.lastInput!,
    results: await page.locator('[data-results] > li:not([aria-busy])').count(),
  };
  await context.close();
  return cost;
}
