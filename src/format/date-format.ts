const monthNames = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** A date as precise as its source allows: `2021`, `2022-12` or `2025-03-28`. */
export type PartialDate = string;

/** The pattern a partial date must match; the schema uses it too. */
export const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Writes a partial date in words, to the precision it has: `7 April 2025`, `Desember 2022`,
 * `2021`. The parts are read from the string itself so that no time zone can shift the day.
 */
export function formatDate(date: PartialDate, lang: 'id' | 'en' = 'id'): string {
  if (!partialDatePattern.test(date)) throw new Error(`Not a partial date: "${date}"`);
  const [year, month, day] = date.split('-');
  const monthName = month ? monthNames[lang][Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}

/** Turns a YAML date (parsed to a Date at midnight UTC) back into `YYYY-MM-DD`. */
export function toPartialDate(value: Date): PartialDate {
  return value.toISOString().slice(0, 10);
}

/** The last day of a month, `month` from 1 to 12: 29 for February 2024. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day of a partial date that the calendar does not have (`2023-02-29`, `2024-04-31`), with
 * the last day its month has; undefined for a real day, a month or a year alone.
 */
export function impossibleDay(date: PartialDate): { year: number; month: number; lastDay: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return undefined;
  const lastDay = lastDayOfMonth(year, month);
  return day > lastDay ? { year, month, lastDay } : undefined;
}

/** The month's name in Indonesian, `month` from 1 to 12. */
export const monthName = (month: number, lang: 'id' | 'en' = 'id'): string => monthNames[lang][month - 1] ?? '';

/**
 * Today, `YYYY-MM-DD`, as it is in Indonesia's easternmost time zone (WIT, UTC+9): a day an editor
 * anywhere in Indonesia calls today is never later than this one.
 */
export function todayInIndonesia(now = Date.now()): PartialDate {
  return new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
}
