import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets } from '../../.ci/size-budgets';
import { distDir } from '../support/astro-build';
import {
  findBudgetOverruns,
  findHeavyPages,
  findHtmlComments,
  measureAssets,
  measurePages,
} from '../support/size-budget';
import { tempDir } from '../support/temp-dir';

describe('size budgets', () => {
  it('every built script and stylesheet, and all of them together, fit their gzip budgets', () => {
    const assets = measureAssets(distDir);
    expect(assets.filter((asset) => asset.kind === 'js').length).toBeGreaterThanOrEqual(4);
    expect(assets.filter((asset) => asset.kind === 'css').length).toBeGreaterThanOrEqual(1);
    expect(findBudgetOverruns(assets, budgets)).toEqual([]);
  });

  it('would fail on an oversize bundle: the same check flags the file, the total and a file with no budget', () => {
    const root = tempDir('dist-berat-');
    mkdirSync(join(root, '_astro'));
    // Random bytes do not compress: 100 KB stays 100 KB gzipped.
    writeFileSync(join(root, '_astro/case.abc123.js'), randomBytes(100 * 1024).toString('base64'));
    writeFileSync(join(root, 'lain.js'), 'console.log(1)');
    writeFileSync(join(root, 'index.html'), '<style>body{color:red}</style><script type="module">1</script>');

    const overruns = findBudgetOverruns(measureAssets(root), budgets).sort();
    expect(overruns).toHaveLength(3);
    expect(overruns[0]).toMatch(/^_astro\/case\.abc123\.js: 1\d\d\.\d KB gzip, over its 5\.0 KB$/);
    expect(overruns[1]).toMatch(/^all JS: 1\d\d\.\d KB gzip, over its 90\.0 KB$/);
    expect(overruns[2]).toBe('lain.js: no budget names it; add one to .ci/size-budgets.ts');
  });

  it('no HTML page is over its gzip budget', () => {
    const pages = measurePages(distDir);
    expect(pages.length).toBeGreaterThan(50);
    expect(findHeavyPages(pages, budgets)).toEqual([]);
  });

  it('would fail on a heavy page: the same check names it, with its weight', () => {
    const root = tempDir('dist-halaman-');
    mkdirSync(join(root, 'bandingkan'));
    writeFileSync(join(root, 'index.html'), '<p>ringan</p>');
    writeFileSync(join(root, 'bandingkan/index.html'), `<p>${randomBytes(120 * 1024).toString('base64')}</p>`);

    expect(findHeavyPages(measurePages(root), budgets)).toEqual([
      expect.stringMatching(/^bandingkan\/index\.html: 1\d\d\.\d KB gzip, over the 100\.0 KB a page may weigh$/),
    ]);
  });

  it('no page carries an HTML comment, which every reader would download', () => {
    expect(findHtmlComments(distDir)).toEqual([]);
  });

  it('would fail on a comment in the markup: the same check names the page and the comment', () => {
    const root = tempDir('dist-komentar-');
    mkdirSync(join(root, 'sentra'));
    writeFileSync(join(root, 'index.html'), '<p>tanpa komentar</p>');
    writeFileSync(
      join(root, 'sentra/index.html'),
      '<sup><!-- Each link is a target\n of 24 px --><a href="#s1">[1]</a></sup>',
    );

    expect(findHtmlComments(root)).toEqual(['sentra/index.html: <!-- Each link is a target of 24 px -->']);
  });
});
