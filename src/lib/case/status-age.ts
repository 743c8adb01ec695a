import { formatDate } from '../../format/date-format';
import { statuses, type Status } from '../../vocabulary/statuses';

/** A status older than this, at the build's month, may have changed since its report. */
export const staleAfterMonths = 18;

/** A status as every page shows it: the source's word, the month of its report, and its age. */
export interface DatedStatus {
  /** The status word, as the source says it: "Beroperasi". */
  label: string;
  /** When the report that says it was published, as precise as known: "April 2025". */
  asOfText: string;
  /** True where the report is older than `staleAfterMonths` at the build's month. */
  stale: boolean;
  /** One line for cards and headers: "Beroperasi · per April 2025", with "— mungkin sudah berubah" when stale. */
  text: string;
}

/** Months from a partial date (`2019`, `2019-11`, `2019-11-05`) to a build month (`2026-12`). */
export function monthsBetween(asOf: string, buildMonth: string): number {
  const [year, month = '12'] = asOf.split('-');
  const [buildYear, buildMonthNumber] = buildMonth.split('-');
  return (Number(buildYear) - Number(year)) * 12 + (Number(buildMonthNumber) - Number(month));
}

/** The month of a report as a reader reads it: a day is left out, "per April 2025". */
const monthOf = (asOf: string) => formatDate(asOf.split('-').slice(0, 2).join('-'));

/** Dates a status by its report and says when it may be out of date, judged at `buildMonth`. */
export function datedStatus(status: { value: Status; asOf: string }, buildMonth: string): DatedStatus {
  const label = statuses.labels[status.value].id;
  const asOfText = monthOf(status.asOf);
  const stale = monthsBetween(status.asOf, buildMonth) > staleAfterMonths;
  const text = `${label} · per ${asOfText}${stale ? ' — mungkin sudah berubah' : ''}`;
  return { label, asOfText, stale, text };
}
