import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../support/case-file';
import { distDir } from '../support/astro-build';
import { readPage } from '../support/dist';

// Issue 6: every sourced story and every lesson is a page with its figures and sources, lessons are
// marked and kept out of the success totals, and the replication guide and the cases link both ways.
const files = readdirSync('content/sentra').filter((name) => name.endsWith('.mdx'));
const cases = files.map((name) => {
  const slug = name.replace(/\.mdx$/, '');
  const data = readFrontmatter(`content/sentra/${name}`) as any;
  return { slug, data, page: readPage(`sentra/${slug}/index.html`) };
});
const lessons = cases.filter((item) => item.data.kind === 'pelajaran');
const earlyStage = cases.filter((item) => item.data.kind === 'tahap-awal');
// Only success stories count as stories, in the lists and in the home page totals: lessons and
// early-stage entries (`tahap-awal`) never do (src/vocabulary/case-kinds.ts, isSuccessStory).
const successes = cases.filter((item) => (item.data.kind ?? 'kisah') === 'kisah');
const textOf = (page: ReturnType<typeof readPage>) => page.textContent.replace(/\s+/g, ' ');

describe('every case page', () => {
  it.each(cases.map((item) => [item.slug, item] as const))('%s has a figure per metric and every source', (_, item) => {
    expect(item.page.querySelectorAll('figure[id^="grafik-"]')).toHaveLength(item.data.metrics?.length ?? 0);
    const listed = item.page.querySelectorAll('section[aria-labelledby=sumber] > ol > li');
    expect(listed.length).toBe(item.data.sources.length);
    const hrefs = item.page.querySelectorAll('a[href]').map((link) => link.getAttribute('href'));
    for (const source of item.data.sources) expect(hrefs).toContain(source.url);
  });
});

describe('lessons', () => {
  it.each(lessons.map((item) => [item.slug, item] as const))('%s is marked as a lesson on its page', (_, item) => {
    expect(textOf(item.page)).toContain('Pelajaran, bukan kisah sukses.');
  });

  it('stand apart from the success stories and the early-stage entries on the list, marked on their cards', () => {
    // Every page of the list: a group may go on from one page to the next.
    const pages = [
      readPage('sentra/index.html'),
      ...readdirSync(join(distDir, 'sentra/halaman')).map((page) => readPage(`sentra/halaman/${page}/index.html`)),
    ];
    const linksUnder = (group: string) =>
      pages.flatMap((list) =>
        list.querySelectorAll(`section[aria-labelledby=${group}] h3 a`).map((link) => link.getAttribute('href')),
      );
    const pagesOf = (items: typeof cases) => items.map((item) => `/sentra/${item.slug}/`).sort();
    expect(linksUnder('pelajaran').sort()).toEqual(pagesOf(lessons));
    expect(linksUnder('kisah-sukses').sort()).toEqual(pagesOf(successes));
    expect(linksUnder('tahap-awal').sort()).toEqual(pagesOf(earlyStage));
    const marks = pages.flatMap((list) => list.querySelectorAll('section[aria-labelledby=tahap-awal] article'));
    for (const card of marks) expect(card.textContent).toContain('Tahap awal: belum ada hasil yang dilaporkan');
  });

  it('are left out of the home page totals, which say so', () => {
    const home = readPage('index.html');
    const totals = home.querySelectorAll('section[aria-labelledby=angka] dd').map((dd) => dd.textContent.trim());
    expect(totals[0]).toBe(String(successes.length));
    if (lessons.length > 0)
      expect(textOf(home)).toContain(`${lessons.length} pelajaran dari sentra yang tidak berjalan`);
    if (earlyStage.length > 0)
      expect(textOf(home)).toContain(`${earlyStage.length} entri tahap awal yang belum melaporkan hasil`);
  });

  it('leave out of the workers sum every story without a before figure, and say how many', () => {
    const withPair = successes.filter((item) =>
      (item.data.metrics ?? []).some(
        (metric: any) =>
          metric.before?.unit === 'orang' && metric.after && /tenaga|pekerja/i.test(`${metric.id} ${metric.label}`),
      ),
    );
    const text = textOf(readPage('index.html'));
    expect(text).toContain(`di ${withPair.length} kisah`);
    if (withPair.length < successes.length)
      expect(text).toContain(
        `${successes.length - withPair.length} kisah tidak menyebut jumlah tenaga kerja sebelum dan sesudah`,
      );
  });
});

describe('the replication guide and the cases', () => {
  const guide = readPage('panduan/replikasi/index.html');
  const expected = (step: string) =>
    cases
      .flatMap((item) =>
        item.data.replication
          .filter((point: { step: string }) => point.step === step)
          .map(
            (point: { missed?: boolean }) =>
              `/sentra/${item.slug}/#replikasi ${point.missed ? 'terlewat' : 'ditunjukkan'}`,
          ),
      )
      .sort();
  /** The cases linked in a part of a page, each marked by the heading it sits under: lessons say "terlewat". */
  const linksIn = (part: ReturnType<typeof readPage>) =>
    part.querySelectorAll('a[href$="/#replikasi"]').map((link) => {
      const heading = link.parentNode.parentNode.parentNode.querySelector('p, h2')!.textContent;
      return `${link.getAttribute('href')} ${/terlewat/.test(heading) ? 'terlewat' : 'ditunjukkan'}`;
    });
  /** The step's full list, every page of it following "next", when the guide links one. */
  const fullList = (step: string) => {
    let next = guide.querySelector(`#langkah-${step} a[href="/panduan/replikasi/${step}/"]`)?.getAttribute('href');
    if (!next) return undefined;
    const links: string[] = [];
    for (let pages = 0; next; pages++) {
      expect(pages, step).toBeLessThan(100);
      const page = readPage(`${next.slice(1)}index.html`);
      links.push(...linksIn(page.querySelector('main')!));
      next = page.querySelector('a[rel=next]')?.getAttribute('href');
    }
    return links;
  };
  const steps = [
    ...new Set(cases.flatMap((item) => item.data.replication.map((point: { step: string }) => point.step))),
  ];

  it('has a step with more cases than it shows, so the full lists are tried', () => {
    expect(steps.filter((step) => fullList(step)).length).toBeGreaterThan(0);
  });

  it.each(steps)(
    'lists under %s exactly the cases that name it, lessons apart, a few in the guide and all in its list',
    (step) => {
      const section = guide.querySelector(`#langkah-${step}`);
      expect(section, step).not.toBeNull();
      const shown = linksIn(section!);
      // A few under each step, whatever the number of cases; the rest one link away.
      expect(shown.filter((link) => link.endsWith('terlewat')).length).toBeLessThanOrEqual(3);
      expect(shown.filter((link) => link.endsWith('ditunjukkan')).length).toBeLessThanOrEqual(3);
      for (const link of shown) expect(expected(step)).toContain(link);
      expect([...(fullList(step) ?? shown)].sort()).toEqual(expected(step));
    },
  );

  it.each(cases.map((item) => [item.slug, item] as const))(
    '%s links to its steps, and each step back to it',
    (_, item) => {
      const caseLinks = item.page
        .querySelectorAll('a[href^="/panduan/replikasi/#"]')
        .map((link) => link.getAttribute('href')!.split('#')[1]);
      for (const point of item.data.replication as { step: string; missed?: boolean }[]) {
        expect(caseLinks).toContain(`langkah-${point.step}`);
        const listed = fullList(point.step) ?? linksIn(guide.querySelector(`#langkah-${point.step}`)!);
        expect(listed).toContain(`/sentra/${item.slug}/#replikasi ${point.missed ? 'terlewat' : 'ditunjukkan'}`);
      }
    },
  );

  it("keeps the cases' points out of the guide's search record: each is indexed on its own case's page", () => {
    const caseLinks = guide.querySelectorAll('[data-pagefind-body] a[href$="/#replikasi"]');
    expect(caseLinks.length).toBeGreaterThan(0);
    expect(
      caseLinks.filter((link) => !link.closest('[data-pagefind-ignore]')).map((link) => link.getAttribute('href')),
    ).toEqual([]);
  });
});
