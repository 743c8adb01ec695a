import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { impossibleDay } from '../format/date-format';

/**
 * A number whose dot may be an Indonesian thousands separator: `1.750` is one thousand seven
 * hundred and fifty to an Indonesian reader and 1.75 to YAML. Only one to three digits before the
 * dot, the first not 0, and exactly three after: `0.125`, `12.5` or `1234.567` cannot be misread.
 */
export const ambiguousNumber = /^[1-9]\d{0,2}\.\d{3}$/;

const dateShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` that names no day of the calendar (month 13, day 0, 30 February). */
function isImpossibleDate(text: string): boolean {
  const match = dateShape.exec(text);
  if (!match) return false;
  const [month, day] = [Number(match[2]), Number(match[3])];
  return month < 1 || month > 12 || day < 1 || impossibleDay(text) !== undefined;
}

/**
 * What YAML reads differently from what the editor wrote: an ambiguous number, which YAML takes
 * for a fraction, and a date that does not exist, which YAML silently moves into the next month
 * (`2023-02-29` becomes 1 March).
 */
const isMisread = (text: string) => ambiguousNumber.test(text) || isImpossibleDate(text);

// Cheap test on the whole text, so the YAML is parsed a second time only when it may be needed.
const candidates = /(?<![\w.])[1-9]\d{0,2}\.\d{3}(?![\w.])|\b\d{4}-\d{2}-\d{2}\b/g;

type Path = (string | number)[];

/** Every unquoted value in the YAML that YAML would misread, with its path and its text. */
function misreadScalars(yamlText: string): { path: Path; text: string }[] {
  const found: { path: Path; text: string }[] = [];
  const walk = (node: unknown, path: Path) => {
    if (isScalar(node)) {
      const text = node.range ? yamlText.slice(node.range[0], node.range[1]) : '';
      if (node.type === 'PLAIN' && isMisread(text)) found.push({ path, text });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item as YamlNode, [...path, index]));
    }
  };
  walk(parseDocument(yamlText).contents, []);
  return found;
}

/**
 * The frontmatter with every value YAML misread put back as the text the editor wrote, so that the
 * schema sees `"1.750"` or `"2023-02-29"` and says what is wrong with it, instead of a number or a
 * date that was never written. Anything else is returned as it was.
 */
export function asWritten(yamlText: string, frontmatter: Record<string, unknown>): Record<string, unknown> {
  const suspicious = [...yamlText.matchAll(candidates)].some(([text]) => isMisread(text));
  if (!suspicious) return frontmatter;
  const scalars = misreadScalars(yamlText);
  if (scalars.length === 0) return frontmatter;
  const copy = structuredClone(frontmatter);
  for (const { path, text } of scalars) {
    const parent = path.slice(0, -1).reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], copy);
    if (parent && typeof parent === 'object') (parent as Record<string | number, unknown>)[path.at(-1)!] = text;
  }
  return copy;
}
