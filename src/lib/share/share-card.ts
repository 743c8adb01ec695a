import { caseKinds } from '../../vocabulary/case-kinds';
import { headlineOf } from '../case/case-facts';
import { stripCitations } from '../../format/cited-text';
import { siteName } from './json-ld';
import { rowsOf } from '../case/metric-rows';
import type { Sentra } from '../case/sentra-types';

/** The size link previews expect (WhatsApp, Facebook, X, LinkedIn): 1.91 to 1. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** One figure of the headline metric with the label of its row: "Sebelum", "Sesudah", "2019". */
export interface CardFigure {
  label: string;
  value: string;
}

/** What a case's share image shows; every figure is the case page's own, formatted the same way. */
export interface ShareCard {
  siteName: string;
  /** The site's host, so the image says where it comes from when shared without its link. */
  host: string;
  title: string;
  place: string;
  /** True for a lesson or an early-stage entry: never shown as a success. */
  lesson: boolean;
  /** The mark such an entry carries, in the image and its text: "Pelajaran" or "Tahap awal". */
  mark?: string;
  /** The headline metric: its first and last figure and the change between them. */
  headline?: { label: string; from?: CardFigure; to: CardFigure; change?: string };
  /** For a lesson without figures, its summary takes the headline's place. */
  summary?: string;
}

/** The share image's content for a case. */
export function shareCardOf(data: Sentra, site: URL): ShareCard {
  const card = {
    siteName,
    host: site.host,
    title: data.title,
    place: data.place.regencyText,
    lesson: data.kind !== 'kisah',
    ...(data.kind !== 'kisah' && { mark: caseKinds.labels[data.kind].id }),
  };
  const headline = headlineOf(data);
  if (!headline) return { ...card, summary: stripCitations(data.summary) };
  const rows = rowsOf(headline.metric);
  const to = { label: rows.at(-1)?.label ?? '', value: headline.last };
  const from = headline.first ? { label: rows[0]?.label ?? '', value: headline.first } : undefined;
  const change = headline.change ?? headline.attainment;
  return { ...card, headline: { label: headline.metric.label, to, ...(from && { from }), ...(change && { change }) } };
}

/** The share image in words, for `og:image:alt`: what a screen reader says for a preview. */
export function describeShareCard(card: ShareCard): string {
  const { headline } = card;
  let figure = card.summary;
  if (headline) {
    const values = [headline.from, headline.to].filter((value): value is CardFigure => value !== undefined);
    const change = headline.change ? ` (${headline.change})` : '';
    figure = `${headline.label}: ${values.map(({ label, value }) => `${label} ${value}`).join(', ')}${change}`;
  }
  return [card.mark ? `${card.mark}: ${card.title}` : card.title, card.place, figure].filter(Boolean).join('. ');
}
