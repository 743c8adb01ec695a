import { headlineOf } from '../case/case-facts';
import { stripCitations } from '../../format/cited-text';
import type { Sentra } from '../case/sentra-types';

/** What a shared case says, in the shape of the Web Share API's `navigator.share()` data. */
export interface ShareData {
  title: string;
  text: string;
  url: string;
}

/**
 * The headline figure as one line of text: "Omzet: Rp200–300 juta → Rp1,5–2 miliar (×5–×10)".
 * Undefined for a lesson without figures.
 */
export function headlineLineOf(data: Sentra): string | undefined {
  const headline = headlineOf(data);
  if (!headline) return undefined;
  const note = headline.change ?? headline.attainment;
  return `${headline.metric.label}: ${headline.text}${note ? ` (${note})` : ''}`;
}

/**
 * A case's title where it travels without its page: a lesson says so, as it does in every list,
 * so that a forwarded message or a feed item never passes it off as a success.
 */
export function travelTitleOf(data: Sentra): string {
  // A lesson or an early-stage entry never travels as a success story, in a feed or a chat.
  if (data.kind === 'pelajaran') return `Pelajaran: ${data.title}`;
  return data.kind === 'tahap-awal' ? `Tahap awal: ${data.title}` : data.title;
}

/**
 * What sharing a case sends: its title, its headline figure (or, for a lesson with no figure, its
 * summary) and its address.
 */
export function shareDataOf(data: Sentra, url: URL): ShareData {
  return { title: travelTitleOf(data), text: headlineLineOf(data) ?? stripCitations(data.summary), url: url.href };
}

/**
 * A wa.me link that opens WhatsApp (app or web) with the message typed in and the contact left
 * to the reader. Plain text, one part a line; WhatsApp turns the address into a link preview.
 */
export function whatsAppLinkOf(share: ShareData): string {
  return `https://wa.me/?text=${encodeURIComponent([share.title, share.text, share.url].join('\n'))}`;
}
