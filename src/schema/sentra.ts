import { z } from 'astro/zod';
import { findCitations, stripCitations } from '../lib/cited-text';
import { areaCodePattern, resolvePlace, type AreaIndex } from '../lib/area';
import { sectors } from '../lib/vocabulary/sectors';
import { statuses } from '../lib/vocabulary/statuses';
import { citationsSchema, dayDateSchema, partialDateSchema, textSchema } from './fields';
import { fundingSchema } from './funding';
import { metricSchema } from './metric';
import { sourceSchema } from './source';

/** A dated event in the sentra's history. */
export const eventSchema = z.strictObject({
  /** When: `1970`, `2022-07` or `2022-07-28`. */
  date: partialDateSchema,
  /** What happened, in one or two sentences. */
  text: textSchema,
  /** Ids of the sources for the event. */
  sources: citationsSchema,
});

type Citation = [(string | number)[], string];

/**
 * Every source id the case data cites, with where: each `sources` list, and each `[S1.5]`
 * written in a note or an event's text.
 */
function collectCitations(value: unknown, path: (string | number)[] = []): Citation[] {
  if (typeof value === 'string') return findCitations(value).map((id): Citation => [path, id]);
  if (Array.isArray(value)) return value.flatMap((item, index) => collectCitations(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && path.length > 0 && Array.isArray(child)
      ? child.map((id, index): Citation => [[...path, key, index], String(id)])
      : collectCitations(child, [...path, key]),
  );
}

/**
 * The schema of one case study. It needs the official list of places, so that a kode wilayah
 * that does not exist fails the build instead of making a place nobody can find.
 */
export function createSentraSchema(areas: AreaIndex) {
  return z
    .strictObject({
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
      /** One of the sectors in `src/lib/vocabulary/sectors.ts`. */
      sector: z.enum(sectors.keys),
      /** What the sentra makes, in plain words. */
      products: z.array(textSchema).min(1),
      /** The body that manages the sentra (koperasi, UPT, dinas), with its sources. */
      managingBody: z.strictObject({ name: textSchema, sources: citationsSchema }),
      /** How many IKM (business units) work in the sentra, with its sources. */
      ikmUnits: z.strictObject({ value: z.number().int().positive(), sources: citationsSchema }),
      /** Whether the sentra is operating, and the date of the newest source that says so. */
      status: z.strictObject({ value: z.enum(statuses.keys), asOf: partialDateSchema, sources: citationsSchema }),
      /** The day an editor last checked the case's facts against its sources. */
      lastVerified: dayDateSchema,
      /** Show the case on the home page. */
      featured: z.boolean().default(false),
      /** The money that built or runs the sentra, one entry per scheme. */
      funding: z.array(fundingSchema).min(1),
      /** Before-and-after figures; each gets a card, a chart and a table. The first is the headline on cards and in search results. */
      metrics: z.array(metricSchema).min(1),
      /** The sentra's history, oldest first. */
      timeline: z.array(eventSchema).default([]),
      /** Every source the case cites; numbered on the page in this order. */
      sources: z.array(sourceSchema).min(1),
    })
    .superRefine((data, context) => {
      const defined = data.sources.map((source) => source.id);
      data.sources.forEach((source, index) => {
        if (defined.indexOf(source.id) !== index) {
          context.addIssue({
            code: 'custom',
            path: ['sources', index, 'id'],
            message: 'id sumber yang belum dipakai sumber lain',
          });
        }
      });
      // The source list itself holds ids and notes, not citations.
      for (const [path, id] of collectCitations({ ...data, sources: undefined })) {
        if (!defined.includes(id)) {
          context.addIssue({
            code: 'custom',
            path,
            message: `id sumber yang didefinisikan di "sources" (${[...new Set(defined)].join(', ')})`,
          });
        }
      }
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
