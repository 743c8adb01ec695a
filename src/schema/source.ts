import { z } from 'astro/zod';
import { findCitations } from '../lib/cited-text';
import { partialDateSchema, textSchema } from './fields';

/** A published source that figures in the case cite by its id. */
export const sourceSchema = z.strictObject({
  /** A short id that figures cite, unique within the case, e.g. `S1.1`. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, { error: 'id yang diawali huruf, tanpa spasi, mis. "S1.1"' }),
  /** The title as published; leave it out when the title is not known, never make one up. */
  title: textSchema.optional(),
  /** The outlet or institution that published it. */
  publisher: textSchema,
  /**
   * The publication date, as precise as known: `2025-04-07`, `2022-12` or `2021`. Leave it out
   * where the page carries no date at all: the list then says "tanpa tanggal", never a guess.
   */
  date: partialDateSchema.optional(),
  /** True where the date is inferred from the page, not printed on it ("sekitar"). */
  dateApproximate: z.boolean().default(false),
  /** The address of the page. */
  url: z.url({ protocol: /^https?$/, error: 'alamat lengkap yang diawali http:// atau https://' }),
  /**
   * `resmi` for a government statement (even when carried by a news outlet), `pers` for reporting,
   * `opini` for an outlet that writes with an openly opinionated tone: its facts are shown with that said.
   */
  kind: z.enum(['resmi', 'pers', 'opini']),
  /** A note on how the source carries its facts, e.g. "memuat ulang siaran pers Kemenperin". */
  note: textSchema.optional(),
});

type Citation = [(string | number)[], string];

/**
 * Every source id the data cites, with where: each `sources` list, and each `[S1.5]` written in
 * a note or an event's text.
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
 * Checks a case's or a guide's citations: every source id defined once, and every id cited
 * anywhere in the data defined in its `sources`.
 */
export function checkCitations(data: { sources: { id: string }[] }, context: z.RefinementCtx): void {
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
}
