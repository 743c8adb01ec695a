// Screenshots of the built site, to look at what a reader sees:
// `SITE_URL=http://localhost:4321/ npm run build && npm run screenshots`.
// Each page is shot at 360 px (a low-end phone) and 1280 px, in light and dark, one screen at a time.
import { mkdirSync } from 'node:fs';
import { distDir } from './astro-build.ts';
import { launchBrowser } from './browser.ts';
import { builtPages, urlOf } from './dist.ts';
import { serveStatic } from './static-server.ts';

const outDir = process.env.SCREENSHOT_DIR ?? '/tmp/screenshots';
const onlyPaths = process.argv.slice(2);
const paths = onlyPaths.length > 0 ? onlyPaths : builtPages().map(urlOf);
const layouts = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

mkdirSync(outDir, { recursive: true });
const { origin, server } = await serveStatic(distDir);
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const layout of layouts) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: layout, colorScheme });
        page.on('pageerror', (error) => console.error(`${path}: ${error.message}`));
        await page.goto(`${origin}${path}`);
        const height = await page.evaluate(() => document.body.scrollHeight);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        if (overflow) console.error(`${path} is wider than ${layout.width} px`);
        for (let top = 0, index = 0; top < height; top += layout.height, index++) {
          await page.evaluate((y) => window.scrollTo(0, y), top);
          await page.waitForTimeout(500); // time for a chart that has just come near to draw
          const name = `${path.replaceAll('/', '_') || '_'}-${layout.name}-${colorScheme}-${index}.png`;
          await page.screenshot({ path: `${outDir}/${name}` });
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${outDir}`);
