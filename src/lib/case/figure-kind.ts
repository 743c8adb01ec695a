import type { SentraMetric, SentraQuantity } from './sentra-types';

/** The kind of a figure; a quantity without `measure` is a whole amount (`jumlah`). */
export type Measure = NonNullable<SentraQuantity['measure']>;

/** The kind of a figure as the schema reads it: no `measure` is `jumlah`. */
export const measureOf = (quantity: Pick<SentraQuantity, 'measure'>): Measure => quantity.measure ?? 'jumlah';

/**
 * The kind of a figure in words, written next to its value. A whole amount needs no word: it is
 * what a reader assumes.
 */
export const measureWords: Record<Measure, string | undefined> = {
  jumlah: undefined,
  'rata-rata': 'rata-rata',
  puncak: 'angka puncak, bukan rata-rata',
  sebagian: 'angka sebagian periode saja',
  kapasitas: 'kapasitas, bukan hasil nyata',
};

/** Whose figure a metric is, in words; the sentra as a whole needs none. */
export const scopeWords: Record<SentraMetric['scope'], string | undefined> = {
  sentra: undefined,
  'satu-usaha': 'angka satu usaha',
  klaster: 'angka klaster/wilayah, bukan sentra saja',
};
