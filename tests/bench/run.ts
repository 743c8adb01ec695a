// The benchmark: prints build time and page weights against their targets (`npm run bench`).
// Figures, not a timed test: a slow machine makes it print slower numbers, not fail CI.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { runAstroBuild } from '../support/astro-build.ts';
import { writeSyntheticCases } from './synthetic-cases.ts';

const syntheticCount = Number(process.env.BENCH_CASES ?? 60);
const work = mkdtempSync(join(tmpdir(), 'sentra-bench-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
const rows: [string, string, string, boolean][] = [];

function timedBuild(label: string, outDir: string, env: Record<string, string>): number {
  const started = performance.now();
  const { status, output } = runAstroBuild(env, ['--outDir', outDir]);
  if (status !== 0) throw new Error(`${label} build failed:\n${output}`);
  return (performance.now() - started) / 1000;
}

// What a reader's phone downloads to show a page: the HTML, its CSS and fonts, its module scripts.
function firstLoad(outDir: string, pagePath: string): { html: number; css: number; font: number; js: number } {
  const page = parse(readFileSync(join(outDir, pagePath), 'utf8'));
  const assets = (selector: string, attribute: string) =>
    page.querySelectorAll(selector).map((element) => join(outDir, element.getAttribute(attribute)!));
  const css = assets('link[rel=stylesheet]', 'href');
  const fonts = readdirSync(join(outDir, '_astro')).filter((file) => file.endsWith('.woff2'));
  return {
    html: gzipped(join(outDir, pagePath)),
    css: css.reduce((sum, file) => sum + gzipped(file), 0),
    font: fonts.reduce((sum, file) => sum + statSync(join(outDir, '_astro', file)).size, 0),
    js: assets('script[type=module][src]', 'src').reduce((sum, file) => sum + gzipped(file), 0),
  };
}

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(join(dir, file)))
    .reduce((sum, stat) => sum + (stat.isFile() ? stat.size : 0), 0);
}

try {
  const realOut = join(work, 'real');
  const realSeconds = timedBuild('real site', realOut, { SENTRA_CONTENT_DIR: '' });
  rows.push(['build, the real site', `${realSeconds.toFixed(1)} s`, '≤ 30 s', realSeconds <= 30]);

  const casePage = 'sentra/slag-aluminium-kendalsari-jombang/index.html';
  const load = firstLoad(realOut, casePage);
  const total = load.html + load.css + load.font + load.js;
  rows.push(['case page HTML with its inlined CSS (gzip)', kb(load.html), '', true]);
  rows.push(['case page CSS files (gzip)', kb(load.css), '0 KB', load.css === 0]);
  rows.push(['font, Latin subset (woff2)', kb(load.font), '', true]);
  rows.push(['case page JS before any chart (gzip)', kb(load.js), '≤ 5 KB', load.js <= 5 * 1024]);
  rows.push(['case page first load, all of the above', kb(total), '≤ 100 KB', total <= 100 * 1024]);
  const chartChunk = readdirSync(join(realOut, '_astro')).find((file) => file.startsWith('draw-chart'))!;
  const chartBytes = gzipped(join(realOut, '_astro', chartChunk));
  rows.push(['Chart.js chunk, near a chart (gzip)', kb(chartBytes), '≤ 60 KB', chartBytes <= 60 * 1024]);
  const home = firstLoad(realOut, 'index.html');
  const homeTotal = home.html + home.css + home.font + home.js;
  rows.push(['home page first load, no JS (gzip)', kb(homeTotal), '≤ 60 KB', homeTotal <= 60 * 1024 && home.js === 0]);

  const cases = join(work, 'cases');
  await writeSyntheticCases(cases, syntheticCount);
  const syntheticOut = join(work, 'synthetic');
  const syntheticSeconds = timedBuild('synthetic site', syntheticOut, { SENTRA_CONTENT_DIR: cases });
  const pages = readdirSync(syntheticOut, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  rows.push([
    `build, ${syntheticCount} synthetic cases (${pages.length} pages)`,
    `${syntheticSeconds.toFixed(1)} s`,
    '≤ 90 s',
    syntheticSeconds <= 90,
  ]);
  rows.push(['search index for them', kb(folderSize(join(syntheticOut, 'pagefind'))), '', true]);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value, target, met] of rows) {
  console.log(
    `${name.padEnd(width)}  ${value.padStart(9)}  ${target.padEnd(9)} ${target ? (met ? 'met' : 'MISSED') : ''}`,
  );
}
