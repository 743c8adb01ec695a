import { z } from 'astro/zod';
import { units } from '../vocabulary/units';
import { citationsSchema, textSchema } from './fields';

/** The kinds of figure a quantity can be; see `measure`. */
export const measureKinds = ['jumlah', 'rata-rata', 'puncak', 'sebagian', 'kapasitas'] as const;
export type MeasureKind = (typeof measureKinds)[number];

const nonNegative = z.number().nonnegative();

/**
 * An amount as the source gives it: one number, or a range `[min, max]` where the source gives
 * a span ("Rp200–300 juta") or a word ("belasan" is `[11, 19]`). Never a midpoint.
 */
export const amountSchema = z
  .union([nonNegative, z.tuple([nonNegative, nonNegative])], {
    error: 'angka 0 atau lebih, atau rentang [min, max]',
  })
  .refine((value) => typeof value === 'number' || value[0] <= value[1], {
    error: 'rentang [min, max] dengan min tidak lebih besar dari max',
  });

/** One source's report of a quantity, where sources give different figures. */
export const reportSchema = z.strictObject({
  /** The amount this report gives. */
  value: amountSchema,
  /** How the source puts it or who gave the figure, e.g. "lebih dari 200" or "menurut Bupati, Juli 2022". */
  wording: textSchema.optional(),
  /** Ids of the sources that give this report. */
  sources: citationsSchema,
});

/** The fields of a quantity, shared with the dated points of a series. */
export const quantityShape = {
  /** A number, or `[min, max]` for a range. */
  value: amountSchema,
  /** One of the units in `src/vocabulary/units.ts`, e.g. `orang` or `rupiah-per-tahun`. */
  unit: z.enum(units.keys),
  /**
   * What kind of figure it is; left out, `jumlah`: the whole amount over the period its unit
   * names, e.g. a year's turnover), `rata-rata` (an average), `puncak` (a peak, such as the best
   * month), `sebagian` (part of the period only, such as January to June) or `kapasitas` (what the
   * sentra can make, not what it made). Growth is derived only between figures of the same kind.
   */
  measure: z.enum(measureKinds).optional(),
  /** The year the figure refers to, where the source says. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** The source's own words where they carry meaning, e.g. "belasan" or "sekitar 200". */
  wording: textSchema.optional(),
  /** Ids of the sources that state this figure. */
  sources: citationsSchema,
  /**
   * Where sources disagree: each report with its own sources, shown beside `value`, never
   * hidden. `value` then spans the reports, e.g. `[20400000000, 26000000000]`.
   */
  reports: z.array(reportSchema).min(2).optional(),
};

/** A measured quantity: its amount, unit, year and the sources that state it. */
export const quantitySchema = z.strictObject(quantityShape);
