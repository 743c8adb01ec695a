// Lighthouse mobile scores for the bench: the `lighthouse` package's default run (a mid-range
// phone, simulated slow 4G and a 4× slower CPU) of each page, in the project's Chromium started
// with a debugging port for Lighthouse to attach to, on the closed network (tests/support/browser.ts)
// and with every host but this one unresolvable. The site is served gzipped, as hosting services
// serve text: Lighthouse weighs what travels, and would otherwise fault the server, not the site.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath, closedNetworkFlags } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { median, printTable, type Row } from './report.ts';
import { targets } from './targets.ts';

/** The categories scored: those the Lighthouse target names. */
export const categories = targets.lighthouse.categories;
type Category = (typeof categories)[number];

/** An audit that cost points: what to fix. */
export interface Shortfall {
  category: Category;
  id: string;
  title: string;
  /** Lighthouse's own figure for it, e.g. "1.2 s" or "2 elements". */
  shown: string;
}

/** One page's scores, 0 to 100, and the audits that kept any of them under 100. */
export interface PageScores {
  scores: Record<Category, number>;
  shortfalls: Shortfall[];
  /** Lighthouse's measure of the CPU it ran on; a busy machine measures lower and blocks longer. */
  cpuIndex: number;
  /** What Lighthouse warned about the run itself. */
  warnings: string[];
}

/** Starts Chromium with a debugging port on loopback; resolves with the port it chose. */
async function startChromium(profile: string): Promise<{ chrome: ChildProcess; port: number }> {
  const chrome = spawn(
    await chromiumPath(),
    [
      ...closedNetworkFlags,
      '--headless',
      // Any request to another host fails before it leaves the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    chrome.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (listening) resolve(Number(listening[1]));
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${said}`)));
  });
  return { chrome, port };
}

/** The audits of a category that carry weight in its score and did not pass. */
function shortfallsOf(lhr: Result, category: Category): Shortfall[] {
  return lhr.categories[category]!.auditRefs.flatMap((ref) => {
    const audit = lhr.audits[ref.id]!;
    if (ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
    return [{ category, id: audit.id, title: audit.title, shown: audit.displayValue ?? `score ${audit.score}` }];
  });
}

/** Requests the page made to anything but `origin`: there must be none. */
function elsewhere(lhr: Result, origin: string): string[] {
  const details = lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined;
  return (details?.items ?? []).map((item) => item.url).filter((url) => !url.startsWith(`${origin}/`));
}

/** One Lighthouse run of a page, its scores and shortfalls. */
async function audit(port: number, origin: string, path: string): Promise<PageScores> {
  const run = await lighthouse(`${origin}${path}`, {
    port,
    hostname: '127.0.0.1',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  const lhr = run!.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
  const strays = elsewhere(lhr, origin);
  if (strays.length > 0) throw new Error(`${path} asked another host for: ${strays.join(', ')}`);
  const scores = Object.fromEntries(
    categories.map((category) => [category, Math.round((lhr.categories[category]!.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  // What cost points, for the categories under 100: the rest is noise to a reader of the bench.
  const shortfalls = categories.filter((category) => scores[category] < 100).flatMap((c) => shortfallsOf(lhr, c));
  return { scores, shortfalls, cpuIndex: lhr.environment.benchmarkIndex, warnings: lhr.runWarnings.map(String) };
}

/**
 * Runs Lighthouse's mobile audit of each path of the built site in `dir`, one page after another
 * in one Chromium, `runs` times each; of several runs, the one with the median performance score.
 */
export async function lighthouseScores(
  dir: string,
  paths: Record<string, string>,
  runs = 1,
): Promise<Record<string, PageScores>> {
  const { origin, server } = await serveStatic(dir, { gzip: true });
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const { chrome, port } = await startChromium(profile).catch((error: unknown) => {
    server.close();
    throw error;
  });
  try {
    const scored: Record<string, PageScores> = {};
    for (const [name, path] of Object.entries(paths)) {
      const all: PageScores[] = [];
      for (let run = 0; run < runs; run++) all.push(await audit(port, origin, path));
      const middle = median(all.map(({ scores }) => scores.performance));
      scored[name] = all.find(({ scores }) => scores.performance === middle)!;
    }
    return scored;
  } finally {
    chrome.kill();
    await new Promise((resolve) => chrome.once('exit', resolve));
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}

/** Prints the scores beside their target of 100, then what kept any page under it. */
export function printLighthouse(title: string, paths: Record<string, string>, scored: Record<string, PageScores>) {
  const rows: Row[] = Object.entries(scored).map(([name, { scores }]) => ({
    cells: [
      `${name} ${paths[name]}`,
      ...categories.map((category) => `${scores[category]} ${scores[category] === 100 ? '✓' : '✗'}`),
      '100 each',
    ],
  }));
  printTable(title, ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'target'], rows);
  for (const [name, { shortfalls, warnings }] of Object.entries(scored)) {
    for (const { category, id, title: what, shown } of shortfalls) {
      console.log(`  ✗ ${name}, ${category}: ${id} (${what}): ${shown}`);
    }
    for (const warning of warnings) console.log(`  ! ${name}: ${warning}`);
  }
  const cpu = Object.values(scored).map(({ cpuIndex }) => Math.round(cpuIndex));
  console.log(`  Lighthouse's CPU benchmark index: ${Math.min(...cpu)} to ${Math.max(...cpu)}`);
}
