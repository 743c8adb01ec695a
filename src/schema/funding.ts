import { z } from 'astro/zod';
import { fundingSchemes } from '../vocabulary/funding-schemes';
import { citationsSchema, textSchema } from './fields';
import { quantitySchema } from './quantity';

/** One stream of money that built or runs the sentra; a case lists one entry per scheme and funder. */
export const fundingSchema = z.strictObject({
  /** One of the schemes in `src/vocabulary/funding-schemes.ts`, e.g. `dak-fisik-ikm`. */
  scheme: z.enum(fundingSchemes.keys),
  /** Who gave or channelled the money, where the scheme alone does not say: "YDBA (yayasan Astra)". */
  funder: textSchema.optional(),
  /** The budget years, e.g. `[2022]`; leave out where no source gives them. */
  years: z.array(z.number().int().min(1900).max(2100)).min(1).optional(),
  /** The amount in rupiah (planned or allocated): a number, or a range where reports differ (list each in `reports`). */
  amount: quantitySchema.optional(),
  /** What was actually spent (realisasi), where a source gives it beside `amount`. */
  realised: quantitySchema.optional(),
  /** What became of the money where a reader needs to know, e.g. "dikembalikan karena tender terlambat [B1]". */
  note: textSchema.optional(),
  /** What the money paid for, item by item, with the sources that list the items. */
  paidFor: z.strictObject({ items: z.array(textSchema).min(1), sources: citationsSchema }).optional(),
  /** Ids of the sources for the scheme and the years. */
  sources: citationsSchema,
});
