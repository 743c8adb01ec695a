import { z } from 'astro/zod';
import { partialDatePattern, toPartialDate } from '../lib/format/date-format';

/** Source ids cited by a figure: at least one, each defined in the case's `sources`. */
export const citationsSchema = z.array(z.string().min(1)).min(1);

/**
 * A date as precise as the source allows: `2021`, `2022-12` or `2025-03-28`. YAML turns an
 * unquoted full date into a Date; it is turned back into the same text here.
 */
export const partialDateSchema = z.preprocess(
  // A bare year is read by YAML as a number: take it as the year it plainly is.
  (value) => (value instanceof Date ? toPartialDate(value) : typeof value === 'number' ? String(value) : value),
  z.string().regex(partialDatePattern, { error: 'tanggal berbentuk "YYYY", "YYYY-MM" atau "YYYY-MM-DD"' }),
);

/** A full calendar day, `2025-03-28`: for when the facts were last checked. */
export const dayDateSchema = z.preprocess(
  (value) => (value instanceof Date ? toPartialDate(value) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'tanggal lengkap berbentuk "YYYY-MM-DD"' }),
);

/** Plain text that may not be empty. */
export const textSchema = z.string().trim().min(1);
