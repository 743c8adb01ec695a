import { z } from 'astro/zod';
import { partialDateSchema, textSchema } from './fields';
import { quantityShape, quantitySchema } from './quantity';

/** One dated value of a series: a quantity and the date it refers to. */
export const seriesPointSchema = z.strictObject({
  /** The date the value refers to, as precise as the source gives it: `2020`, `2024-06-24`. */
  date: partialDateSchema,
  ...quantityShape,
});

/**
 * One thing measured over time. Most metrics compare a `before` with an `after`. Where the
 * sources give only the figure after the sentra was built, leave out `before`: the page shows it
 * as such, never as growth from zero. Where they give three or more dated values (turnover year
 * by year), write them in `series` instead of `before` and `after`. Change is derived, never typed.
 */
export const metricSchema = z
  .strictObject({
    /**
     * A short id, unique within the case, used in links: `omzet`, `tenaga-kerja`. /bandingkan/ draws
     * metrics of two cases that share an id or a label, and a unit, on one scale: reuse the ids
     * other cases use for the same thing.
     */
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id berhuruf kecil, angka dan tanda hubung, mis. "omzet"' }),
    /** What is measured, as a reader would say it: "Omzet", "Tenaga kerja". */
    label: textSchema,
    /**
     * `higher` (the default) where more is better: the change reads as growth (×5). `lower` where
     * less is better, such as processing time: the change reads as a reduction (turun 50%).
     */
    better: z.enum(['higher', 'lower']).default('higher'),
    /** The figure before the sentra was built or developed; leave it out where no source gives one. */
    before: quantitySchema.optional(),
    /** The figure after. */
    after: quantitySchema.optional(),
    /** The figure that was planned or targeted, where a source gives one beside the real one (jobs planned vs jobs reported). */
    planned: quantitySchema.optional(),
    /** Three or more dated values, oldest first, in place of `before` and `after`. */
    series: z.array(seriesPointSchema).min(3).optional(),
    /**
     * Whose figure it is: `sentra` (the default: the sentra as a whole), `satu-usaha` (one firm
     * inside the sentra; name it in `note`) or `klaster` (the wider cluster or area, beyond the
     * sentra itself). A one-firm figure is labelled as one firm's wherever it shows.
     */
    scope: z.enum(['sentra', 'satu-usaha', 'klaster']).default('sentra'),
    /**
     * `false` where before and after do not measure the same thing even in the same unit (two
     * reports counted differently): both are shown with their dates and sources, and no growth.
     */
    comparable: z.boolean().default(true),
    /** A note a reader needs to read the figures right, e.g. where sources disagree. */
    note: textSchema.optional(),
  })
  .superRefine((metric, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    if (metric.series) {
      if (metric.before || metric.after) {
        issue(['series'], 'isi "series" atau "before"/"after", tidak keduanya');
      }
      metric.series.forEach((point, index) => {
        const first = metric.series?.[0];
        if (first && point.unit !== first.unit) {
          issue(['series', index, 'unit'], `satuan yang sama di seluruh deret ("${first.unit}")`);
        }
        const previous = metric.series?.[index - 1];
        if (previous && point.date <= previous.date) {
          issue(['series', index, 'date'], `tanggal sesudah "${previous.date}": deret ditulis dari yang terlama`);
        }
      });
      return;
    }
    if (!metric.after) {
      issue(['after'], 'angka sesudah ("after"), atau deret tiga angka bertanggal atau lebih ("series")');
      return;
    }
    if (metric.before && metric.before.unit !== metric.after.unit) {
      issue(
        ['after', 'unit'],
        `satuan yang sama dengan "before" ("${metric.before.unit}"), agar pertumbuhan dapat dihitung`,
      );
    }
    if (metric.planned && metric.planned.unit !== metric.after.unit) {
      issue(
        ['planned', 'unit'],
        `satuan yang sama dengan "after" ("${metric.after.unit}"), agar capaiannya dapat dihitung`,
      );
    }
  });
