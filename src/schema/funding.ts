import { z } from 'astro/zod';
import { fundingSchemes } from '../lib/vocabulary/funding-schemes';
import { citationsSchema, textSchema } from './fields';
import { quantitySchema } from './quantity';

/** One stream of money that built or runs the sentra. */
export const fundingSchema = z.strictObject({
  /** One of the schemes in `src/lib/vocabulary/funding-schemes.ts`, e.g. `dak-fisik-ikm`. */
  scheme: z.enum(fundingSchemes.keys),
  /** The budget years, e.g. `[2022]`. */
  years: z.array(z.number().int().min(1900).max(2100)).min(1),
  /** The amount in rupiah: a number, or a range where reports differ (list each report in `reports`). */
  amount: quantitySchema.optional(),
  /** What the money paid for, item by item, with the sources that list the items. */
  paidFor: z.strictObject({ items: z.array(textSchema).min(1), sources: citationsSchema }),
  /** Ids of the sources for the scheme and the years. */
  sources: citationsSchema,
});
