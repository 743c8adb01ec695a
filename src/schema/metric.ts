import { z } from 'astro/zod';
import { quantitySchema } from './quantity';
import { textSchema } from './fields';

/**
 * A before and an after figure of the same thing. Growth is derived from the two, never
 * typed in, so the two must share a unit.
 */
export const metricSchema = z
  .strictObject({
    /** A short id, unique within the case, used in links: `omzet`, `tenaga-kerja`. */
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id berhuruf kecil, angka dan tanda hubung, mis. "omzet"' }),
    /** What is measured, as a reader would say it: "Omzet", "Tenaga kerja". */
    label: textSchema,
    /** The figure before the sentra was built or developed. */
    before: quantitySchema,
    /** The figure after. */
    after: quantitySchema,
    /** A note a reader needs to read the figures right, e.g. where sources disagree. */
    note: textSchema.optional(),
  })
  .superRefine((metric, context) => {
    if (metric.before.unit !== metric.after.unit) {
      context.addIssue({
        code: 'custom',
        path: ['after', 'unit'],
        message: `satuan yang sama dengan "before" ("${metric.before.unit}"), agar pertumbuhan dapat dihitung`,
      });
    }
  });
