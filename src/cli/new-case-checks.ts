import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { caseSlugPattern } from '../lib/editor/case-slug';
import { impossibleDay, monthName, partialDatePattern } from '../format/date-format';
import { sourceSchema } from '../schema/source';

// Each check returns what is wrong in an editor's words, or undefined when the answer is fine.
// The prompts and the flags share them, so both accept exactly the same answers.

/** The kinds of source the schema knows, read from it rather than listed again. */
export const sourceKinds = sourceSchema.shape.kind.options;

export const checkText = (value: string | undefined) =>
  value?.trim() ? undefined : 'isi dengan teks, tidak boleh kosong';

export function checkUrl(value: string | undefined): string | undefined {
  try {
    if (value && /^https?:$/.test(new URL(value).protocol)) return undefined;
  } catch {
    // An unparsable address gets the same message as a missing one.
  }
  return 'alamat lengkap yang diawali http:// atau https://';
}

export function checkDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!partialDatePattern.test(value)) return 'tanggal berbentuk YYYY, YYYY-MM atau YYYY-MM-DD';
  // The same rule as the schema's: a day the calendar does not have is never taken.
  const day = impossibleDay(value);
  return day && `tanggal yang ada di kalender: ${monthName(day.month)} ${day.year} hanya sampai tanggal ${day.lastDay}`;
}

export function checkSlug(value: string | undefined, dir: string): string | undefined {
  if (!value || !caseSlugPattern.test(value))
    return 'huruf kecil, angka dan tanda hubung, mis. batik-kedungsari-mojokerto';
  const file = join(dir, `${value}.mdx`);
  return existsSync(file) ? `${file} sudah ada, dan kasus yang ada tidak ditimpa` : undefined;
}

/** The term of a vocabulary an answer names, or undefined when it names none. */
export function termOf<K extends string>(keys: readonly K[], value: string | undefined): K | undefined {
  return keys.find((key) => key === value);
}

export const termList = (keys: readonly string[]) => `salah satu dari: ${keys.join(', ')}`;
