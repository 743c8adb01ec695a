import { z } from 'astro/zod';
import { findCitations } from '../format/cited-text';
import { partialDateSchema, textSchema } from './fields';

// A space inside an address is most often a copying slip (two addresses run together, a word
// pasted in), and the page would link it as written: refused, never guessed at.
const hasSpace = (value: unknown) => typeof value === 'string' && /\s/.test(value.trim());
const spaceInUrl =
  'alamat tanpa spasi: salin ulang alamatnya dari peramban, atau tulis %20 untuk spasi yang memang bagian dari alamat';

/** The reliability tags of the research notes, strongest first. */
export const sourceKinds = ['resmi', 'resmi-via-pers', 'pers', 'rendah'] as const;
export type SourceKind = (typeof sourceKinds)[number];

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
  /** The address of the page, as the browser shows it: no spaces (a space in it is written %20). */
  url: z
    .url({
      protocol: /^https?$/,
      abort: true,
      error: (issue) => (hasSpace(issue.input) ? spaceInUrl : 'alamat lengkap yang diawali http:// atau https://'),
    })
    .refine((url) => !hasSpace(url), { error: spaceInUrl }),
  /**
   * How reliable the source is, as the research notes tag it: `resmi` for a government, company or
   * NGO statement on its own site, `resmi-via-pers` for an outlet that carries such a statement or
   * release, `pers` for independent reporting, `rendah` for a re-post, aggregator or a page of
   * unclear date. A figure never rests on `rendah` sources alone.
   */
  kind: z.enum(sourceKinds),
  /** True for an outlet that writes with an openly opinionated tone: its facts are shown with that said. */
  opinionated: z.boolean().default(false),
  /**
   * For an outlet that reprints a release, which release, in a few words that every reprint of it
   * shares: "Siaran pers Kemenperin, 28 Maret 2025". Sources naming the same release count as one
   * source when the strength of the evidence is judged.
   */
  release: textSchema.optional(),
  /**
   * True where the notes ask for this source's figures to be confirmed against an original that we
   * do not hold (a Kemenperin release seen only through an outlet): the page says "belum dicek ke
   * sumber asli".
   */
  originalUnchecked: z.boolean().default(false),
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
