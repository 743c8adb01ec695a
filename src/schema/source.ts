import { z } from 'astro/zod';
import { partialDateSchema, textSchema } from './fields';

/** A published source that figures in the case cite by its id. */
export const sourceSchema = z.strictObject({
  /** A short id that figures cite, unique within the case, e.g. `S1.1`. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, { error: 'id yang diawali huruf, tanpa spasi, mis. "S1.1"' }),
  /** The title as published; leave it out when the title is not known, never make one up. */
  title: textSchema.optional(),
  /** The outlet or institution that published it. */
  publisher: textSchema,
  /** The publication date, as precise as known: `2025-04-07`, `2022-12` or `2021`. */
  date: partialDateSchema,
  /** True where the date is inferred from the page, not printed on it ("sekitar"). */
  dateApproximate: z.boolean().default(false),
  /** The address of the page. */
  url: z.url({ protocol: /^https?$/, error: 'alamat lengkap yang diawali http:// atau https://' }),
  /** `resmi` for a government statement (even when carried by a news outlet), `pers` for reporting. */
  kind: z.enum(['resmi', 'pers']),
  /** A note on how the source carries its facts, e.g. "memuat ulang siaran pers Kemenperin". */
  note: textSchema.optional(),
});
