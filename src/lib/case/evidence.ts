import type { Sentra } from './sentra-types';

/** How sure the site is of a case's result, derived from its sources, never typed by an editor. */
export type EvidenceLevel = 'kuat' | 'sedang' | 'lemah';

export interface Evidence {
  level: EvidenceLevel;
  /** "Bukti: kuat" */
  label: string;
  /** A symbol that reads without colour: ●●● / ●●○ / ●○○. */
  symbol: string;
  /** Why, in short sentences a reader understands. */
  reasons: string[];
}

// PLACEHOLDER, to be replaced by the rule of issue 28 (independent sources behind the result,
// their reliability, the age of the newest at the build's month, conflicts between reports).
// The signature is what cards, the case page and the comparison call.
export function evidenceOf(data: Sentra, buildMonth: string): Evidence {
  void buildMonth;
  const count = data.sources.length;
  const level: EvidenceLevel = count >= 3 ? 'kuat' : count === 2 ? 'sedang' : 'lemah';
  const symbol = { kuat: '●●●', sedang: '●●○', lemah: '●○○' }[level];
  return { level, label: `Bukti: ${level}`, symbol, reasons: [`${count} sumber`] };
}
