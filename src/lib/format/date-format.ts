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
