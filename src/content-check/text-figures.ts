import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { formatAmount } from '../lib/format/quantity-format';
import { parseBody } from './body-check';
import type { Unit } from '../lib/vocabulary/units';

/** The parts of a case this check reads: each metric's label and every figure of it. */
interface Quantity {
  value: number | readonly [number, number];
  unit: Unit;
  reports?: readonly { value: number | readonly [number, number] }[];
}
interface Metric {
  id: string;
  label: string;
  before?: Quantity;
  after?: Quantity;
  planned?: Quantity;
  series?: readonly Quantity[];
}
export interface FiguresOfCase {
  metrics: readonly Metric[];
  funding: readonly { amount?: Quantity; realised?: Quantity }[];
}

/** A figure written in the story that the case's data contradicts, at its line. */
export interface TextFigureProblem {
  line: number;
  found: string;
  expected: string;
}

const scale: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12 };
// "Rp1,5–2 miliar", "Rp 200 juta", "Rp12.000": PUEBI money, a single amount or a range.
const moneyPattern =
  /Rp\s?(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)(?:\s?[–-]\s?(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?))?\s?(ribu|juta|miliar|triliun)?/g;

const parseNumber = (text: string) => Number(text.replaceAll('.', '').replace(',', '.'));

/** Every value a case states, bounds of ranges and each report included. */
function statedValues(data: FiguresOfCase): number[] {
  const quantities = [
    ...data.metrics.flatMap((metric) => [metric.before, metric.after, metric.planned, ...(metric.series ?? [])]),
    ...data.funding.flatMap((funding) => [funding.amount, funding.realised]),
  ].filter((quantity): quantity is Quantity => quantity !== undefined);
  return quantities.flatMap((quantity) =>
    [quantity.value, ...(quantity.reports ?? []).map((report) => report.value)].flat(),
  );
}

/** The metrics counted in rupiah, each with the word a sentence about it would use ("omzet"). */
function moneyMetrics(data: FiguresOfCase) {
  return data.metrics
    .map((metric) => {
      const unit = (metric.after ?? metric.series?.[0] ?? metric.before)?.unit ?? '';
      const keyword = metric.label.toLowerCase().split(/\s+/)[0] ?? '';
      return { metric, keyword, money: unit.startsWith('rupiah') };
    })
    .filter((item) => item.money && item.keyword.length >= 4);
}

/**
 * Money written in a sentence about one of the case's money metrics ("Omzet naik menjadi Rp1,8
 * miliar") must be a figure the case's data states, somewhere: a turnover typed from memory
 * while the data says Rp1,5–2 miliar is caught. Only sentences that name such a metric are read,
 * so a price or a budget elsewhere in the story is left alone.
 */
export function checkTextFigures(text: string, data: FiguresOfCase): TextFigureProblem[] {
  const metrics = moneyMetrics(data);
  if (metrics.length === 0) return [];
  const stated = statedValues(data);
  const isStated = (value: number) => stated.some((known) => Math.abs(known - value) <= Math.abs(known) * 1e-9);
  let tree: Node;
  try {
    tree = parseBody(text);
  } catch {
    return []; // checkBody reports a body that does not parse.
  }
  const problems: TextFigureProblem[] = [];
  visit(tree, 'paragraph', (paragraph: Node) => {
    const line = paragraph.position?.start.line ?? 1;
    for (const sentence of toString(paragraph).split(/(?<=[.!?])\s+/)) {
      const lower = sentence.toLowerCase();
      const about = metrics.filter((item) => lower.includes(item.keyword));
      if (about.length === 0) continue;
      for (const match of sentence.matchAll(moneyPattern)) {
        const unit = scale[match[3] ?? ''] ?? 1;
        const values = [match[1], match[2]].filter(Boolean).map((part) => parseNumber(part!) * unit);
        if (values.every(isStated)) continue;
        const expected = about
          .map(({ metric }) => {
            const figures = [metric.before, metric.after, ...(metric.series ?? [])]
              .filter((quantity): quantity is Quantity => quantity !== undefined)
              .map((quantity) => formatAmount(quantity.value, quantity.unit));
            return `${metric.label}: ${figures.join(', ')}`;
          })
          .join('; ');
        problems.push({
          line,
          found: `"${match[0].trim()}" dalam kalimat tentang ${about.map(({ metric }) => metric.label).join(', ')}`,
          expected: `angka yang sama dengan data kasus (${expected}); ubah teksnya, atau datanya bila sumbernya berkata lain`,
        });
      }
    }
  });
  return problems;
}
