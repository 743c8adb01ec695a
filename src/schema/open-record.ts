import { z } from 'astro/zod';
import type { AreaIndex } from '../place/area';
import { metricSchema } from './metric';
import { createPhotoSchema } from './photo';
import { createSentraSchema } from './sentra';

/** One level of a place: its Kemendagri code and official name. */
export const areaSchema = z.strictObject({ code: z.string(), name: z.string() });

/** A case's place by name, resolved from its kode wilayah: the province always, finer levels where known. */
export const placeSchema = z.strictObject({
  province: areaSchema,
  regency: areaSchema.optional(),
  district: areaSchema.optional(),
  village: areaSchema.optional(),
  /** The place written in full, finest level first, as the case page shows it. */
  text: z.string(),
});

/** The case's id: its file name, and the last part of its address. */
export const caseIdSchema = z.string().regex(/^[a-z0-9-]+$/);

/** The address of the case page. */
export const caseUrlSchema = z.url();

/** After ÷ before (last ÷ first point of a series), as a range; null without a before or from zero. */
export const growthSchema = z.strictObject({ min: z.number(), max: z.number() }).nullable();

/** A metric as published: its figures as the case file gives them, and the growth derived from them. */
export const openMetricSchema = metricSchema.safeExtend({ growth: growthSchema });

/**
 * A photo as published: its alt text, credit, licence and sources as the case file gives them,
 * with `file` the address of the photo's JPG copy on the site (at most 1200 px wide, without the
 * original's EXIF data), not the path of the original in the repository.
 */
export const openPhotoSchema = createPhotoSchema(z.url());

/**
 * One case as open data: every field of the case schema, validated and with defaults filled in,
 * plus what the site derives: its id and address, its place by name, each metric's growth, and
 * the address of each photo's copy.
 * Built on the case schema itself, so the published JSON Schema never drifts from it.
 */
export function createOpenRecordSchema(areas: AreaIndex) {
  return createSentraSchema(areas).safeExtend({
    id: caseIdSchema,
    url: caseUrlSchema,
    place: placeSchema,
    metrics: z.array(openMetricSchema),
    photos: z.array(openPhotoSchema),
  });
}

/** The published record of one case. */
export type OpenRecord = z.output<ReturnType<typeof createOpenRecordSchema>>;
