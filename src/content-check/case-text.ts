import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { fieldNames } from './field-names';
import { photoFileProblems } from './photo-files';
import { checkTextFigures, type FiguresOfCase } from './text-figures';
import { bodyProblems, formatIssue } from './validate-case';
import { asWritten } from './yaml-as-written';

/** What checking one file found: the data where the frontmatter is valid, and every problem. */
export interface CaseCheck<T> {
  data?: T;
  problems: string[];
}

type Path = readonly PropertyKey[];

/**
 * Finds the line of a field in the frontmatter, so a message points where the editor must look.
 * A missing field points at the nearest parent that exists; the frontmatter starts on line 2.
 */
function lineFinder(yamlText: string): (path: Path) => number {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, keepSourceTokens: false });
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as PropertyKey[], true) as YamlNode | undefined;
      const offset = node?.range?.[0];
      // The raw frontmatter starts with the rest of the "---" line, so YAML line n is file line n.
      if (offset !== undefined) return counter.linePos(offset).line;
    }
    return 2;
  };
}

const knownFields = new WeakMap<object, string[]>();
const knownFieldsOf = (schema: object) => {
  if (!knownFields.has(schema)) knownFields.set(schema, [...fieldNames(schema)]);
  return knownFields.get(schema)!;
};

/**
 * The file line of the first tab among the spaces and dashes that indent a line. The YAML parser
 * names a tab only where it meets one alone in the indentation; after a list's "-" it reports a
 * "bad indentation", which tells an editor nothing: the tab is found here instead.
 */
function lineWithTabIndent(yamlText: string): number | undefined {
  const index = yamlText.split('\n').findIndex((line) => /^[ -]*\t/.test(line));
  // The raw frontmatter starts with the rest of the "---" line, so its line n is file line n.
  return index < 0 ? undefined : index + 1;
}

/** What valid YAML looks like, for an error whose cause we cannot name more exactly. */
function describeYamlError(): string {
  return 'YAML yang benar: "kolom: nilai", dua spasi untuk setiap tingkat, teks yang memuat ":" diapit tanda kutip';
}

/**
 * Checks one case or guide file as written: its YAML, every field against the schema, the photo
 * files it points at, and its body. Both `npm run check` and the build call this, so the two can
 * never disagree. Files saved by Windows editors (CRLF line ends, a UTF-8 byte-order mark) read
 * the same as any other.
 */
export async function checkCaseText<S extends z.ZodType>(
  schema: S,
  rawText: string,
  file: string,
  sourceIdsOf: (data: z.output<S>) => readonly string[],
): Promise<CaseCheck<z.output<S>>> {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let frontmatter: Record<string, unknown>;
  let yamlText: string;
  try {
    const parsed = parseFrontmatter(text);
    yamlText = parsed.rawFrontmatter;
    frontmatter = asWritten(yamlText, parsed.frontmatter);
  } catch (error) {
    const { mark, reason = String(error) } = error as { mark?: { line: number }; reason?: string };
    const tabLine = lineWithTabIndent(extractFrontmatter(text) ?? '');
    if (tabLine !== undefined) {
      return {
        problems: [
          `${file}:${tabLine} → frontmatter: ditemukan tab untuk indentasi; seharusnya spasi (dua untuk setiap tingkat), karena YAML tidak menerima tab.`,
        ],
      };
    }
    const line = (mark?.line ?? 0) + 1;
    return {
      problems: [
        `${file}:${line} → frontmatter: ditemukan YAML yang tidak dapat dibaca (${reason}); seharusnya ${describeYamlError()}.`,
      ],
    };
  }
  if (yamlText.trim() === '') {
    return {
      problems: [
        `${file}:1 → frontmatter: ditemukan (tidak ada); seharusnya kolom-kolom kasus di antara dua baris "---".`,
      ],
    };
  }
  const result = await schema.safeParseAsync(frontmatter);
  // Finding lines parses the YAML a second time: done only when a problem needs a line.
  let finder: ((path: Path) => number) | undefined;
  const lineOf = (path: Path) => (finder ??= lineFinder(yamlText))(path);
  const fieldProblems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        return formatIssue(`${file}:${lineOf(path)}`, issue, frontmatter, knownFieldsOf(schema));
      });
  // The photo files and the body are checked even when a field is wrong, so the editor sees
  // every problem in one run.
  const ids = result.success ? sourceIdsOf(result.data) : sourceIdsFrom(frontmatter);
  return {
    data: result.success ? result.data : undefined,
    problems: [
      ...fieldProblems,
      ...(await photoFileProblems(frontmatter, file, lineOf)),
      ...bodyProblems(text, ids, file),
      ...figureProblems(text, result, file),
    ],
  };
}

/** The source ids of a frontmatter that did not validate, as far as they can be read. */
function sourceIdsFrom(frontmatter: Record<string, unknown>): string[] {
  const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources : [];
  return sources.map((source) => String((source as { id?: unknown })?.id ?? ''));
}

/** Figures in the story that contradict the case's own data; a case with data errors is skipped. */
function figureProblems(text: string, result: { success: boolean; data?: unknown }, file: string): string[] {
  const data = result.data as Partial<FiguresOfCase> | undefined;
  if (!result.success || !data?.metrics || !data.funding) return [];
  return checkTextFigures(text, data as FiguresOfCase).map(
    (problem) => `${file}:${problem.line} → isi: ditemukan ${problem.found}; seharusnya ${problem.expected}.`,
  );
}
