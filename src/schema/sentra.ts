import { z } from 'astro/zod';
import { stripCitations } from '../format/cited-text';
import { areaCodePattern, resolvePlace, type AreaIndex } from '../place/area';
import { caseKinds } from '../vocabulary/case-kinds';
import { sectors } from '../vocabulary/sectors';
import { statuses } from '../vocabulary/statuses';
import { citationsSchema, dayDateSchema, partialDateSchema, textSchema } from './fields';
import { fundingSchema } from './funding';
import { metricSchema } from './metric';
import { createPhotoSchema, photoPathSchema } from './photo';
import { amountSchema, reportSchema } from './quantity';
import { checkCitations, sourceSchema } from './source';
import { factorSchema, replicationPointSchema } from './takeaways';

/** A dated event in the sentra's history. */
export const eventSchema = z.strictObject({
  /** When: `1970`, `2022-07` or `2022-07-28`. */
  date: partialDateSchema,
  /** What happened, in one or two sentences. */
  text: textSchema,
  /** Ids of the sources for the event. */
  sources: citationsSchema,
});

/**
 * The schema of one case study. It needs the official list of places, so that a kode wilayah
 * that does not exist fails the build instead of making a place nobody can find. `photoFile` is
 * what a photo's path goes through: the path as written by default (for `npm run check` and the
 * open data), `photoImageSchema(image)` in the build, where Astro resolves it to an image.
 */
export function createSentraSchema<F extends z.ZodType = typeof photoPathSchema>(
  areas: AreaIndex,
  photoFile: F = photoPathSchema as unknown as F,
) {
  return z
    .strictObject({
      /**
       * `kisah` (the default) for a success story; `pelajaran` for a sentra that did not work as
       * planned. A lesson is marked on its page and in every list, and never counted as a success.
       */
      kind: z.enum(caseKinds.keys).default('kisah'),
      /** The sentra's name as the page title: "Sentra IKM Slag Aluminium Kendalsari". */
      title: textSchema,
      /**
       * One or two sentences for cards, search results and the meta description: at most 200
       * characters, not counting citations such as `[S1.1]`, which link its figures to their sources.
       */
      summary: textSchema.refine((text) => stripCitations(text).length <= 200, {
        error: 'paling banyak 200 karakter, tanpa menghitung sitasi',
      }),
      /** Kemendagri kode wilayah of the finest known level, e.g. `35.17.11.2016` for Desa Kendalsari. */
      areaCode: z
        .string()
        // abort: a code of the wrong shape needs no second message saying it is not in the list.
        .regex(areaCodePattern, { error: 'kode wilayah Kemendagri seperti "35.17.11.2016"', abort: true })
        .refine((code) => resolvePlace(areas, code) !== undefined, {
          error: 'kode wilayah yang ada dalam daftar resmi Kemendagri (paket idn-area-data)',
        }),
      /**
       * Further places the entry names, where it spans several (a programme in five kabupaten, a
       * cluster in two cities): kode wilayah like `areaCode`, which stays the main place. The map,
       * the province filter and the totals count every province named.
       */
      otherAreaCodes: z
        .array(
          z
            .string()
            .regex(areaCodePattern, { error: 'kode wilayah Kemendagri seperti "35.17.11.2016"', abort: true })
            .refine((code) => resolvePlace(areas, code) !== undefined, {
              error: 'kode wilayah yang ada dalam daftar resmi Kemendagri (paket idn-area-data)',
            }),
        )
        .default([]),
      /** One of the sectors in `src/vocabulary/sectors.ts`. */
      sector: z.enum(sectors.keys),
      /** What the sentra makes, in plain words; leave empty where no source says. */
      products: z.array(textSchema).default([]),
      /** The body that manages the sentra (koperasi, UPT, dinas), as the sources name it, with its sources. */
      managingBody: z.strictObject({
        name: textSchema,
        /** What it does for the sentra, where the sources say: "mengelola gedung dan mesin". */
        role: textSchema.optional(),
        sources: citationsSchema,
      }),
      /**
       * Other offices an official can ask, as the sources name them: the dinas responsible, a
       * ministry directorate, a bank's regional office. A name and a role only: never a phone number,
       * an address or a person the sources do not give.
       */
      contacts: z.array(z.strictObject({ name: textSchema, role: textSchema, sources: citationsSchema })).default([]),
      /**
       * How many IKM (business units) work in the sentra: a number, or `[min, max]`, with the
       * source's wording and `reports` where sources disagree. Leave out where no source gives a count.
       */
      ikmUnits: z
        .strictObject({
          value: amountSchema.refine((value) => (typeof value === 'number' ? value : value[0]) > 0, {
            error: 'angka lebih dari 0',
          }),
          wording: textSchema.optional(),
          sources: citationsSchema,
          reports: z.array(reportSchema).min(2).optional(),
        })
        .optional(),
      /** Whether the sentra is operating, and the date of the newest source that says so. */
      status: z.strictObject({ value: z.enum(statuses.keys), asOf: partialDateSchema, sources: citationsSchema }),
      /** The day an editor last checked the case's facts against its sources. */
      lastVerified: dayDateSchema,
      /**
       * Show the case on the home page (at most six, by title) and first among the examples under
       * its steps in the replication guide.
       */
      featured: z.boolean().default(false),
      /** The money that built or runs the sentra, one entry per scheme. */
      funding: z.array(fundingSchema).min(1),
      /**
       * The figures; each gets a card, a chart and a table. The first is the headline on cards and
       * in search results. A success story has at least one; a lesson may have none.
       */
      metrics: z.array(metricSchema).default([]),
      /** The sentra's history, oldest first. */
      timeline: z.array(eventSchema).default([]),
      /**
       * Photos of the sentra, shown under the story in this order, each with its alt text, credit
       * and licence (`src/schema/photo.ts`). Leave out where no photo may be used.
       */
      photos: z.array(createPhotoSchema(photoFile)).default([]),
      /** What made it work and what to watch for, drawn only from the sources: at least one point. */
      factors: z.array(factorSchema).min(1),
      /** What another region would need to do the same, step by step of the replication guide. */
      replication: z.array(replicationPointSchema).min(1),
      /** Every source the case cites; numbered on the page in this order. */
      sources: z.array(sourceSchema).min(1),
    })
    .superRefine((data, context) => {
      if (data.kind === 'kisah' && data.metrics.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['metrics'],
          message: 'paling sedikit satu metrik untuk kisah sukses (hanya "kind: pelajaran" boleh tanpa metrik)',
        });
      }
      checkCitations(data, context);
      const metricIds = data.metrics.map((metric) => metric.id);
      metricIds.forEach((id, index) => {
        if (metricIds.indexOf(id) !== index) {
          context.addIssue({
            code: 'custom',
            path: ['metrics', index, 'id'],
            message: 'id metrik yang belum dipakai metrik lain',
          });
        }
      });
    });
}

export type SentraSchema = ReturnType<typeof createSentraSchema>;
