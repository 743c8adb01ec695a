import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getAreaIndex } from '../../src/place/area';
import { caseFileProblems } from '../../src/content-check/case-check';
import { createSentraSchema } from '../../src/schema/sentra';
import { adminFiles } from '../../src/build-time/integrations/admin';
import { adminSettings } from '../../src/lib/admin/config';
import { root, runAstroBuild } from '../support/astro-build';
import { readPage } from '../support/dist';
import { serveStatic } from '../support/static-server';
import { tempDir } from '../support/temp-dir';
import { watchPage } from '../support/page-watch';
import { useBrowser } from './session';

const session = useBrowser();

const slug = 'slag-aluminium-kendalsari-jombang';
const file = `content/sentra/${slug}.mdx`;
const original = readFileSync(file, 'utf8');

/** The CMS's test repository lives in the browser's private file system, under this folder. */
const testRepo = 'sveltia-cms-test';

async function writeCase(page: Page, text: string) {
  await page.evaluate(
    async ({ testRepo, slug, text }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(testRepo, { create: true });
      for (const name of ['content', 'sentra']) dir = await dir.getDirectoryHandle(name, { create: true });
      const writable = await (await dir.getFileHandle(`${slug}.mdx`, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    },
    { testRepo, slug, text },
  );
}

async function readCase(page: Page): Promise<string> {
  return page.evaluate(
    async ({ testRepo, slug }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(testRepo);
      for (const name of ['content', 'sentra']) dir = await dir.getDirectoryHandle(name);
      return (await (await dir.getFileHandle(`${slug}.mdx`)).getFile()).text();
    },
    { testRepo, slug },
  );
}

/** Signs in to the test repository the browser holds (the CMS's `test-repo` backend). */
async function signIn(page: Page) {
  await page.goto(`${session.origin()}/admin/`);
  await page.getByRole('button', { name: /Test Repository/ }).click();
}

/** Opens the case in the editor, down to its number of IKM. */
async function openCase(page: Page) {
  await page.goto(`${session.origin()}/admin/#/collections/sentra/entries/${slug}`);
  // The editor draws a field when it comes into view: the number of IKM is a screen or two down.
  await page.getByText('Jumlah IKM').first().scrollIntoViewIfNeeded();
  await page.locator('input[inputmode="decimal"]').first().waitFor();
}

/** Saves the open case; the editor then goes back to the list of cases. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/#\/collections\/sentra$/);
}

describe('the web editor at /admin/', () => {
  it('is kept out of search engines and has its own strict policy', () => {
    const page = readPage('admin/index.html');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(page.querySelector('body')?.getAttribute('data-pagefind-ignore')).toBe('all');
    const policy = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    expect(policy).toMatch(/default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(readFileSync('dist/robots.txt', 'utf8')).toContain('Disallow: /admin/');
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/admin/');
  });

  it('opens a real case, saves it unchanged byte for byte, and a changed figure as one changed line', async () => {
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watchPage(page, session.origin());
    await page.goto(`${session.origin()}/`);
    await writeCase(page, original);
    await signIn(page);
    await openCase(page);

    // The editor fills the fields the file leaves out with their defaults, so it may offer to save
    // a case nobody changed: that save writes the file as it was.
    if (await page.getByRole('button', { name: 'Save' }).isEnabled()) {
      await save(page);
      await page.waitForTimeout(1000);
      expect(await readCase(page)).toBe(original);
      await openCase(page);
    }

    // The preview, in a frame the editor makes: the metric cards and the story, citations numbered.
    const preview = page.frames().find((frame) => frame.url().startsWith('blob:'));
    expect(await preview?.locator('[data-metric-card]').count()).toBe(3);
    expect(await preview?.locator('article').innerText()).toContain('sejak 1970[4]');

    const figure = page.locator('input[inputmode="decimal"]').first();
    expect(await figure.inputValue()).toBe('25');
    await figure.fill('26');
    await save(page);
    await expect.poll(() => readCase(page)).not.toBe(original);
    const saved = await readCase(page);
    const lines = original.split('\n');
    const changed = saved.split('\n').filter((line, index) => line !== lines[index]);
    expect(changed).toEqual(['  value: 26']);

    const schema = createSentraSchema(await getAreaIndex());
    expect(await caseFileProblems(schema, [file], () => saved)).toEqual([]);
    expect(await problems()).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the check’s message for a wrong figure, refuses to save it, and saves it corrected', async () => {
    // A context of its own, so that nothing the test before saved in the browser's storage plays a part.
    const context = await session.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = await watchPage(page, session.origin());
    await page.goto(`${session.origin()}/`);
    await writeCase(page, original);
    await signIn(page);
    await openCase(page);
    const figure = page.locator('input[inputmode="decimal"]').first();
    const preview = () => page.frames().find((frame) => frame.url().startsWith('blob:'))!;

    // 1.500 IKM: a thousands separator, or one and a half? The check says how to write it.
    await figure.fill('1.500');
    const message = `${file}:21 → ikmUnits.value: ditemukan "1.500"; seharusnya 1500 bila titiknya pemisah ribuan, atau 1.5 bila maksudnya 1,5`;
    await expect
      .poll(() => preview().locator('[data-case-problems]').innerText(), { timeout: 15_000 })
      .toContain(message);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alertdialog').or(page.getByRole('dialog')).innerText()).toContain(message);
    await page.waitForTimeout(1000);
    expect(await readCase(page)).toBe(original);
    await page.keyboard.press('Escape');

    await figure.fill('26');
    await expect.poll(() => preview().locator('[data-case-problems]').count()).toBe(0);
    await save(page);
    // The check runs again before the file is written: the write comes later than in a plain save.
    await expect.poll(() => readCase(page), { timeout: 15_000 }).not.toBe(original);
    const saved = await readCase(page);
    const lines = original.split('\n');
    expect(saved.split('\n').filter((line, index) => line !== lines[index])).toEqual(['  value: 26']);

    // What the editor saved passes `npm run check`, and the site builds with it.
    const schema = createSentraSchema(await getAreaIndex());
    expect(await caseFileProblems(schema, [file], () => saved)).toEqual([]);
    const content = tempDir('admin-saved-');
    writeFileSync(join(content, `${slug}.mdx`), saved);
    const out = join(tempDir('admin-saved-dist-'), 'dist');
    const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: content }, ['--outDir', out]);
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'sentra', slug, 'index.html'), 'utf8')).toMatch(/\b26\b/);
    expect(await problems()).toEqual([]);
    await context.close();
  }, 240_000);

  it('asks no other host anything before an editor signs in to GitHub', async () => {
    // The editor as a ministry builds it (CMS_REPO set), served alone: only the API may be asked,
    // and only after signing in; the CMS's update check and GitHub's status page stay on this host.
    const dir = tempDir('admin-github-');
    const settings = adminSettings({ CMS_REPO: 'kemenperin/etalase-sentra-ikm' });
    for (const [path, content] of await adminFiles(pathToFileURL(root), settings)) {
      mkdirSync(dirname(join(dir, 'admin', path)), { recursive: true });
      writeFileSync(join(dir, 'admin', path), content);
    }
    const { origin, server } = await serveStatic(dir);
    const page = await session.browser().newPage();
    const problems = await watchPage(page, origin);
    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: /Access Token/ }).waitFor();
    await page.waitForTimeout(1000);
    expect(await problems()).toEqual([]);
    await page.close();
    server.close();
  });
});
