import type { SentraSource } from './sentra-types';
import { formatDate } from '../../format/date-format';

/** Numbers a case's sources 1, 2, 3… in the order the case lists them. */
export function numberSources(sources: readonly Pick<SentraSource, 'id'>[]): Map<string, number> {
  return new Map(sources.map((source, index) => [source.id, index + 1]));
}

/** The page anchor of a numbered source: `#sumber-3`. */
export function sourceAnchor(number: number): string {
  return `sumber-${number}`;
}

/** The numbers of the cited ids, sorted and without repeats: `[1, 4]`. */
export function citedNumbers(ids: readonly string[], numbers: ReadonlyMap<string, number>): number[] {
  const found = ids.map((id) => {
    const number = numbers.get(id);
    if (number === undefined) throw new Error(`Source "${id}" is cited but not defined in the case's sources`);
    return number;
  });
  return [...new Set(found)].sort((a, b) => a - b);
}

/** The lowest number among the cited ids, as a card links its first source; undefined for none. */
export function firstCitedNumber(ids: readonly string[], numbers: ReadonlyMap<string, number>): number | undefined {
  const lowest = Math.min(...ids.map((id) => numbers.get(id) ?? Infinity));
  return Number.isFinite(lowest) ? lowest : undefined;
}

/** A source's date as a reader sees it, with "sekitar" where the date is inferred. */
export function formatSourceDate(source: Pick<SentraSource, 'date' | 'dateApproximate'>): string {
  if (!source.date) return 'tanpa tanggal';
  const date = formatDate(source.date);
  return source.dateApproximate ? `sekitar ${date}` : date;
}
