import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDak, type FundingScheme } from '../../src/vocabulary/funding-schemes';
import { readFrontmatter } from '../support/case-file';
import { distDir } from '../support/astro-build';
import { readPage } from '../support/dist';

// Issue 29: a page never presents a non-DAK result as a DAK result. The DAK-only list, every page
// of it, lists each entry with a DAK line among its funding schemes (Fisik, Nonfisik, Penugasan,
// or DAK whose line the sources do not name) and no other: not the Bank Indonesia, LPEI, NGO, CSR
// or APBD stories, and not a sentra whose scheme no source gives.
const listDir = 'sentra/dak/semua-jenis-dak';
const entries = readdirSync('content/sentra')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const data = readFrontmatter(`content/sentra/${name}`) as { funding: { scheme: FundingScheme }[] };
    return { page: `/sentra/${name.replace(/\.mdx$/, '')}/`, dak: data.funding.some(({ scheme }) => isDak(scheme)) };
  });
const dakPages = entries.filter((entry) => entry.dak).map((entry) => entry.page);

/** The DAK-only list's first page and each later one (/halaman/2/ …). */
function listPages() {
  const later = join(distDir, listDir, 'halaman');
  const numbers = existsSync(later) ? readdirSync(later).sort((a, b) => Number(a) - Number(b)) : [];
  return [`${listDir}/index.html`, ...numbers.map((number) => `${listDir}/halaman/${number}/index.html`)].map(
    (path) => ({ path, page: readPage(path) }),
  );
}

describe('the DAK-only list', () => {
  const pages = listPages();
  // The cards' titles: the lessons' summary above their cards links lessons of any funding, as a
  // summary, not as entries of the list.
  const listed = pages.flatMap(({ page }) =>
    page.querySelectorAll('article h3 a').map((link) => link.getAttribute('href')),
  );

  it('names no entry without a DAK funding scheme, on any of its pages', () => {
    const notDak = entries.filter((entry) => !entry.dak).map((entry) => entry.page);
    expect(notDak.length).toBeGreaterThan(0);
    expect(listed.filter((page) => notDak.includes(page ?? ''))).toEqual([]);
  });

  it('names every entry with a DAK funding scheme once, and says how many', () => {
    expect([...listed].sort()).toEqual([...dakPages].sort());
    for (const { page } of pages) expect(page.querySelector('h1 + p')?.textContent).toBe(`${dakPages.length} sentra.`);
  });
});

describe('the home page’s DAK totals', () => {
  it('say that they add up budgets and plans as the sources give them, not what was spent', () => {
    // A case's `amount` is the planned or allocated sum (src/schema/funding.ts); what was spent is
    // `realised`, where a source gives it. A sum of plans read as spending would overstate the DAK.
    const note = readPage('index.html')
      .querySelectorAll('p')
      .map((paragraph) => paragraph.textContent.replace(/\s+/g, ' '))
      .find((text) => text.includes('DAK Fisik hanya dijumlahkan'));
    expect(note).toContain('nilai yang dianggarkan atau direncanakan menurut sumbernya, bukan realisasi belanja');
  });
});
