import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { formatAmount } from '../lib/case/quantity-format';
import { parseBody } from './body-check';
import { isMoneyUnit, shortUnitLabel, type Unit } from '../vocabulary/units';

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
// A number as PUEBI writes it ("1.200", "1,5", "12"), alone or a range ("11–19").
const number = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const amount = String.raw`(${number})(?:\s?[–-]\s?(${number}))?\s?(ribu|juta|miliar|triliun)?`;
// "Rp1,5–2 miliar", "Rp 200 juta", "Rp12.000": PUEBI money, a single amount or a range.
const moneyPattern = new RegExp(String.raw`Rp\s?${amount}`, 'g');

// The words a story writes after a figure in a unit that is not money: the unit's short label, with
// its period as a story says it ("ton/tahun" is "ton/tahun", "ton per tahun" or "ton setahun"), and
// the spelled-out forms of the abbreviated ones. A figure over another period ("1.200 buah per
// hari" beside a metric in buah per bulan) is another fact, not a slip, and is left alone.
const spelled: Record<string, string> = { kg: 'kg|kilogram', persen: '%|persen' };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, (char) => `\\${char}`);
const unitPatterns = new Map<Unit, RegExp>();
function unitPattern(unit: Unit): RegExp {
  const known = unitPatterns.get(unit);
  if (known) return known;
  const [word = '', period] = shortUnitLabel(unit).split('/');
  const words = `(?:${spelled[word] ?? escapeRegExp(word)})`;
  const per = period ? String.raw`\s?(?:/\s?|per\s|se)${escapeRegExp(period)}` : '';
  // Not after "Rp" (money), nor inside a longer number; the unit word whole ("tonase" is not "ton").
  const pattern = new RegExp(String.raw`(?<![\d.,]|Rp\s?)${amount}\s?${words}${per}(?![\p{L}])`, 'gu');
  unitPatterns.set(unit, pattern);
  return pattern;
}

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

/** The unit of a metric: of its figure after, or of the first it has. */
const unitOf = (metric: Metric) => (metric.after ?? metric.series?.[0] ?? metric.before ?? metric.planned)?.unit;

/**
 * Each metric with the words a sentence about it must name and the figures such a sentence
 * writes. Money is held to the data in a sentence naming the label's first word ("omzet"), as
 * stories write it. A count or a weight in the metric's unit ("150 orang") only in a sentence that
 * names the label whole, up to any comma or bracket ("tenaga kerja"): stories cite many other
 * counts and tonnes (a target, another year, one business, a neighbouring village), and only a
 * sentence that names the metric as the page does is surely about it.
 */
function describedMetrics(data: FiguresOfCase) {
  return data.metrics.flatMap((metric) => {
    const unit = unitOf(metric);
    if (!unit) return [];
    const money = isMoneyUnit(unit);
    const label = metric.label.toLowerCase();
    const keyword = money ? (label.split(/\s+/)[0] ?? '') : label.split(/[,(]/)[0]!.replace(/\s+/g, ' ').trim();
    if (keyword.length < 4) return [];
    return [{ metric, keyword, pattern: money ? moneyPattern : unitPattern(unit) }];
  });
}

/** The metric's figures as the page writes them, for the message. */
function figuresOf(metric: Metric): string {
  const figures = [metric.before, metric.after, ...(metric.series ?? [])]
    .filter((quantity): quantity is Quantity => quantity !== undefined)
    .map((quantity) => formatAmount(quantity.value, quantity.unit));
  return `${metric.label}: ${figures.join(', ')}`;
}

/**
 * A figure written in a sentence about one of the case's metrics ("Omzet naik menjadi Rp1,8
 * miliar", "Tenaga kerja bertambah menjadi 150 orang") must be a figure the case's data states,
 * somewhere: a turnover typed from memory while the data says Rp1,5–2 miliar is caught, in rupiah
 * or in the metric's own unit. Only sentences that name such a metric are read, so a price or a
 * budget elsewhere in the story is left alone.
 */
export function checkTextFigures(text: string, data: FiguresOfCase): TextFigureProblem[] {
  const metrics = describedMetrics(data);
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
      const about = metrics.filter((item) => lower.replace(/\s+/g, ' ').includes(item.keyword));
      // A figure is read once, however many metrics the sentence names with its pattern.
      for (const pattern of new Set(about.map((item) => item.pattern))) {
        for (const match of sentence.matchAll(pattern)) {
          const unit = scale[match[3] ?? ''] ?? 1;
          const values = [match[1], match[2]].filter(Boolean).map((part) => parseNumber(part!) * unit);
          if (values.every(isStated)) continue;
          const named = about.filter((item) => item.pattern === pattern).map(({ metric }) => metric);
          problems.push({
            line,
            found: `"${match[0].trim()}" dalam kalimat tentang ${named.map((metric) => metric.label).join(', ')}`,
            expected: `angka yang sama dengan data kasus (${named.map(figuresOf).join('; ')}); ubah teksnya, atau datanya bila sumbernya berkata lain`,
          });
        }
      }
    }
  });
  return problems;
}
