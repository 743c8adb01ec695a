import type { HTMLElement } from 'node-html-parser';
import { fundingSchemes } from '../../src/vocabulary/funding-schemes';
import { statuses } from '../../src/vocabulary/statuses';

// Rules of issue 28 that hold on every case page, whatever its data: each check returns what
// breaks the rule (empty where the page keeps it), so a test can show the rule failing on a
// deliberately broken page as well as holding on the built ones.

interface Quantity {
  unit?: string;
  measure?: string;
}
interface Metric {
  id: string;
  label: string;
  comparable?: boolean;
  before?: Quantity;
  after?: Quantity;
  series?: Quantity[];
}

const textOf = (element: HTMLElement) => element.text.replace(/\s+/g, ' ');

/**
 * The parts of a case page written by its editor or its sources rather than by the site: the story,
 * timeline, lessons and replication points, the summary, the notes (`data-note`) and the source
 * list (titles as published). They may quote a source in quotation marks, or name a status in a
 * sentence; the rules below hold for what the site prints from the data.
 */
const prose = ['kisah', 'linimasa', 'pelajaran', 'replikasi', 'serupa', 'sumber'];
const isProse = (element: HTMLElement) =>
  prose.some((id) => element.closest(`section[aria-labelledby=${id}]`)) ||
  element.closest('[data-note]') !== null ||
  element.closest('header > p') !== null;

/** The page's text outside the editors' and sources' prose, one string per block. */
const siteText = (page: HTMLElement) =>
  page
    .querySelectorAll('article *')
    .filter((element) => !isProse(element) && !element.closest('[data-pagefind-filter]'))
    .flatMap((element) => element.childNodes.filter((node) => node.nodeType === 3).map((node) => node.text))
    .join('')
    .replace(/\s+/g, ' ');

/** Every `wording` in a case's data, at any depth: a quantity's, a report's, the IKM count's. */
function wordingsOf(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(wordingsOf);
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'wording' && typeof value === 'string' ? [value] : wordingsOf(value),
  );
}

/**
 * Wordings the page sets in quotation marks. A wording is the source's words as we noted them,
 * often paraphrased: only a real quote gets quotation marks, and the data cannot tell which is one.
 */
export function quotedWordings(page: HTMLElement, data: unknown): string[] {
  const text = siteText(page);
  return wordingsOf(data).filter((wording) => {
    const words = wording.replace(/\s+/g, ' ');
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      if (/[“"‘]/.test(text[at - 1] ?? '') || /[”"’]/.test(text[at + words.length] ?? '')) return true;
    }
    return false;
  });
}

/** Metrics whose first and last figure may not be compared: another unit, another kind, or marked so. */
export function incomparableMetrics(metrics: readonly Metric[]): Metric[] {
  return metrics.filter((metric) => {
    const first = metric.series?.[0] ?? metric.before;
    const last = metric.series?.at(-1) ?? metric.after;
    if (!first || !last) return false;
    const measure = (quantity: Quantity) => quantity.measure ?? 'jumlah';
    return metric.comparable === false || first.unit !== last.unit || measure(first) !== measure(last);
  });
}

/** Ids of incomparable metrics whose card, chart or search headline shows a growth factor (×). */
export function growthAcrossKinds(page: HTMLElement, metrics: readonly Metric[]): string[] {
  const cards = page.querySelectorAll('section[aria-labelledby=hasil] article');
  return incomparableMetrics(metrics)
    .filter((metric) => {
      const card = cards.find((article) => article.querySelector('h3')?.text.trim() === metric.label);
      const chart = page.getElementById(`grafik-${metric.id}`);
      const headline = metric === metrics[0] ? page.querySelector('[data-pagefind-meta=headline]') : null;
      const shown = [card, chart, headline].map((element) => (element ? textOf(element) : '')).join(' ');
      const label = chart?.querySelector('canvas')?.getAttribute('aria-label') ?? '';
      return `${shown} ${label}`.includes('×');
    })
    .map((metric) => metric.id);
}

/**
 * Texts of elements that show a status word without the date of its report ("per April 2025").
 * The editors' and sources' prose may name a status in a sentence; the search filters are no display.
 */
export function undatedStatuses(page: HTMLElement): string[] {
  const words = statuses.keys.map((key) => statuses.labels[key].id);
  const leaves = page
    .querySelectorAll('article *')
    .filter((element) => !element.closest('[data-pagefind-filter]') && !isProse(element))
    .filter((element) =>
      element.childNodes.some((node) => node.nodeType === 3 && words.some((word) => node.text.includes(word))),
    );
  return leaves.map(textOf).filter((text) => !text.includes('per '));
}

/** Funding headings whose scheme is not a label of the vocabulary ("as the source says" set). */
export function unknownSchemes(page: HTMLElement): string[] {
  const labels: string[] = fundingSchemes.keys.map((key) => fundingSchemes.labels[key].id);
  const headings = page.querySelectorAll('section[aria-labelledby=pendanaan] article h3').map(textOf);
  const filters = page.querySelectorAll('[data-pagefind-filter=pendanaan]').map(textOf);
  return [
    ...headings.filter((heading) => !labels.some((label) => heading.trim().startsWith(label))),
    ...filters.filter((filter) => !labels.includes(filter.trim())),
  ];
}
