import { launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
const { origin, server } = await serveStatic('/work/main/dist');
const browser = await launchBrowser();
const path = process.argv[2] ?? '/sentra/slag-aluminium-kendalsari-jombang/';
const shots = (process.argv[3] ?? 'm-light').split(',');
for (const name of shots) {
  const [kind, scheme] = name.split('-') as ['m' | 'd', 'light' | 'dark'];
  const width = kind === 'm' ? 360 : 1280, height = kind === 'm' ? 780 : 900;
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  page.on('console', (m) => console.log('console:', m.text()));
  await page.goto(origin + path);
  const total = await page.evaluate(() => document.body.scrollHeight);
  console.log(name, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth), 'height', total);
  for (let y = 0, i = 0; y < total && i < 14; y += height, i++) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `/tmp/shot-${name}-${i}.png` });
  }
}
await browser.close(); server.close();
