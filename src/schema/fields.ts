import { z } from 'astro/zod';
import { impossibleDay, monthName, partialDatePattern, todayInIndonesia, toPartialDate } from '../format/date-format';

/** Source ids cited by a figure: at least one, each defined in the case's `sources`. */
export const citationsSchema = z.array(z.string().min(1)).min(1);

// A day the calendar does not have (2023-02-29) is refused, with the last day of its month: YAML
// would have read it, unquoted, as the first days of the next month (the check hands such a date
// to the schema as it was written, see src/content-check/yaml-as-written.ts).
const calendarDay = {
  check: (value: string) => impossibleDay(value) === undefined,
  error: (issue: { input?: unknown }) => {
    const day = impossibleDay(String(issue.input));
    return (
      day && `tanggal yang ada di kalender: ${monthName(day.month)} ${day.year} hanya sampai tanggal ${day.lastDay}`
    );
  },
};

/**
 * A date as precise as the source allows: `2021`, `2022-12` or `2025-03-28`. YAML turns an
 * unquoted full date into a Date; it is turned back into the same text here.
 */
export const partialDateSchema = z.preprocess(
  // A bare year is read by YAML as a number: take it as the year it plainly is.
  (value) => (value instanceof Date ? toPartialDate(value) : typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(partialDatePattern, { error: 'tanggal berbentuk "YYYY", "YYYY-MM" atau "YYYY-MM-DD"' })
    .refine(calendarDay.check, { error: calendarDay.error }),
);

/**
 * A full calendar day, `2025-03-28`, not after today: for when the facts were last checked. Today
 * is the day of the check; a date that passes once passes on every later day.
 */
export const dayDateSchema = z.preprocess(
  (value) => (value instanceof Date ? toPartialDate(value) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'tanggal lengkap berbentuk "YYYY-MM-DD"' })
    .refine(calendarDay.check, { error: calendarDay.error })
    .refine((value) => value <= todayInIndonesia(), {
      error: 'hari ini atau tanggal yang sudah lewat: hari terakhir faktanya dicocokkan dengan sumbernya',
    }),
);

/** Plain text that may not be empty. */
export const textSchema = z.string().trim().min(1);
