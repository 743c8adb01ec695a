import { AstroError } from 'astro/errors';
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
  return JSON.stringify(value).replaceAll(',', ', ');
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

/** One line per issue: the file, the field, what was found and what was expected. */
export function formatIssue(file: string, issue: Issue, data: unknown): string {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const found = valueAt(data, path);
  return `${file} → ${formatPath(path)}: ditemukan ${describeFound(found)}; seharusnya ${describeExpected(issue, found)}.`;
}

/** A case file that does not match the schema; its message is what the editor reads. */
export class CaseValidationError extends AstroError {
  constructor(message: string) {
    super(message, 'Setiap kolom dijelaskan di content/README.md.');
    this.name = 'CaseValidationError';
    // The editor needs the file and the field, not where in our code the check ran.
    this.stack = '';
  }
}

/**
 * Checks one case's frontmatter and throws one error naming the file, each wrong field, what
 * was found and what was expected. Returns the parsed data when it is valid.
 */
export async function validateCase<S extends z.ZodType>(schema: S, data: unknown, file: string): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => formatIssue(file, issue, data));
  throw new CaseValidationError(lines.join('\n'));
}

// Matches <Ref id="S1.1" /> (either quote) in a story body.
const refPattern = /<Ref\s+id=["']([^"']*)["']/g;

/**
 * Checks that every `<Ref id="…" />` in a story body cites a source the case defines, so that a
 * typo fails while the content is read, with the same kind of message as a frontmatter error.
 */
export function validateBodyCitations(body: string, sourceIds: readonly string[], file: string): void {
  const unknown = [...body.matchAll(refPattern)].map((match) => match[1] ?? '').filter((id) => !sourceIds.includes(id));
  if (unknown.length === 0) return;
  const expected = `id sumber yang didefinisikan di "sources" (${[...new Set(sourceIds)].join(', ')})`;
  const lines = [...new Set(unknown)].map(
    (id) => `${file} → isi <Ref id="${id}" />: ditemukan "${id}"; seharusnya ${expected}.`,
  );
  throw new CaseValidationError(lines.join('\n'));
}
