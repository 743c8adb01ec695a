import { checkBody, findPlainCitations, findRefs } from './body-check';
import { ambiguousNumber } from './yaml-as-written';
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

const typeNames: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true atau false',
  array: 'daftar',
  object: 'kumpulan kolom',
  tuple: 'rentang [min, max]',
};

/** The field's path as an editor writes it: `metrics[0].after.unit`. */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

/** A found value as it would look in the file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '(tidak ada)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A list reads better with a space after each comma; text is shown exactly as written.
  return Array.isArray(value) ? JSON.stringify(value).replaceAll(',', ', ') : JSON.stringify(value);
}

/** Money or a number typed the way people write it ("Rp 1,5 miliar", "20.400.000"), not as a number. */
const writtenNumber = /^\s*(rp\.?\s*)?[\d.,\s]+(ribu|juta|miliar|triliun|m|jt)?\s*$/i;

/** The known field closest to a mistyped one, for "mungkin maksudnya …". */
function closestKey(key: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  return known.find((candidate) => distance(key.toLowerCase(), candidate.toLowerCase()) <= 2);
}

function sizeWord(origin: string, size: number | bigint): string {
  if (origin === 'array') return `paling sedikit ${size} isian`;
  if (origin === 'string') return size === 1 ? 'teks yang tidak kosong' : `paling sedikit ${size} karakter`;
  return `angka ${size} atau lebih`;
}

/** What the schema expected at an issue, in an editor's words. */
export function describeExpected(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const name = typeNames[issue.expected] ?? issue.expected;
      return found === undefined ? `kolom wajib ini diisi (${name})` : name;
    }
    case 'invalid_value':
      return `salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'number' && !issue.inclusive
        ? `angka lebih dari ${issue.minimum}`
        : sizeWord(issue.origin, issue.minimum as number);
    case 'too_big':
      return issue.origin === 'string' ? `paling banyak ${issue.maximum} karakter` : `paling banyak ${issue.maximum}`;
    case 'unrecognized_keys':
      return `hanya kolom yang dikenal skema (lihat content/README.md); tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      // Our own formats carry a message written for editors; zod's default one does not.
      return issue.message.startsWith('Invalid') ? `format ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

/**
 * The two numbers an ambiguous `1.750` can be, each as it must be written to be read one way only:
 * 1750, or 1.75 (a fraction that keeps three digits after the dot gets a fourth: 1.1250).
 */
function readingsOf(text: string): string {
  const [whole = '', fraction = ''] = text.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  // As an Indonesian writes the fraction: 1,75 (and 1,000 for a whole number written with a fraction).
  const written = `${whole},${trimmed || fraction}`;
  const decimal =
    trimmed.length === 3
      ? `${text}0 bila maksudnya ${written} (nol tambahan agar tidak terbaca sebagai ribuan)`
      : `${trimmed ? `${whole}.${trimmed}` : whole} bila maksudnya ${written}`;
  return `${whole}${fraction} bila titiknya pemisah ribuan, atau ${decimal}; YAML membaca "${text}" sebagai pecahan, jadi angka di frontmatter ditulis tanpa titik ribuan`;
}

/** What an issue expected, with the editor's likely slip named where we can tell it. */
function expectedFor(issue: Issue, found: unknown, knownFields: readonly string[]): string {
  const wantsNumber =
    (issue.code === 'invalid_type' && issue.expected === 'number') ||
    (issue.code === 'invalid_union' && issue.path.at(-1) === 'value');
  const ambiguous = [found]
    .flat()
    .find((value): value is string => typeof value === 'string' && ambiguousNumber.test(value));
  if (wantsNumber && ambiguous) return readingsOf(ambiguous);
  if (wantsNumber && typeof found === 'string' && writtenNumber.test(found) && /\d/.test(found)) {
    return 'angka tanpa "Rp", titik ribuan, koma atau kata "juta"/"miliar", mis. 20400000000 untuk Rp20,4 miliar; pecahan memakai titik (1.5), rentang ditulis [min, max]';
  }
  const expected = describeExpected(issue, found);
  if (issue.code !== 'unrecognized_keys') return expected;
  const guess = closestKey(issue.keys[0] ?? '', knownFields);
  return guess ? `${expected} (mungkin maksudnya "${guess}")` : expected;
}

/**
 * One line per issue: the file (with its line where known), the field, what was found and what
 * was expected. `knownFields` lets a mistyped field name suggest the one the editor meant.
 */
export function formatIssue(file: string, issue: Issue, data: unknown, knownFields: readonly string[] = []): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const found = valueAt(data, path);
  return `${file} → ${formatPath(path)}: ditemukan ${describeFound(found)}; seharusnya ${expectedFor(issue, found, knownFields)}.`;
}

/**
 * Every problem in a story body, one line each with the file and the line: constructs an editor
 * may not use (see body-check.ts), `<Ref id="…" />` citing a source the case does not define, and
 * a citation typed as text.
 */
export function bodyProblems(text: string, sourceIds: readonly string[], file: string): string[] {
  const expected = `id sumber yang didefinisikan di "sources" (${[...new Set(sourceIds)].join(', ')})`;
  const unsafe = checkBody(text).map(
    (problem) => `${file}:${problem.line} → isi: ditemukan ${problem.found}; seharusnya ${problem.expected}.`,
  );
  const refs = findRefs(text)
    .filter((ref) => !sourceIds.includes(ref.id))
    .map((ref) => `${file}:${ref.line} → isi <Ref id="${ref.id}" />: ditemukan "${ref.id}"; seharusnya ${expected}.`);
  // "[S1]" is a citation where the frontmatter's notes write one; in a story it stays plain text.
  // Read as one where it names a source of the case or looks like a source id ("S2.1").
  const plain = findPlainCitations(text)
    .filter((citation) => sourceIds.includes(citation.id) || /^[A-Z]+\d+(\.\d+)*$/.test(citation.id))
    .map(
      ({ id, line }) =>
        `${file}:${line} → isi: ditemukan sitasi "[${id}]" sebagai teks biasa; seharusnya <Ref id="${id}" /> tepat setelah angka atau klaim yang dikutip, agar menjadi tautan ke sumbernya.`,
    );
  return [...unsafe, ...refs, ...plain];
}
