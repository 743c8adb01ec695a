import { formatDate } from '../../format/date-format';
import { rowsOf } from './metric-rows';
import type { Sentra, SentraQuantity, SentraSource } from './sentra-types';
import { monthsBetween, staleAfterMonths } from './status-age';

/** How sure the site is of a case's result, derived from its sources, never typed by an editor. */
export type EvidenceLevel = 'kuat' | 'sedang' | 'lemah';

export interface Evidence {
  level: EvidenceLevel;
  /** "Bukti: kuat" */
  label: string;
  /** A symbol that reads without colour: ●●● / ●●○ / ●○○. */
  symbol: string;
  /** Why, in short sentences a reader understands. */
  reasons: string[];
}

const levels: readonly EvidenceLevel[] = ['lemah', 'sedang', 'kuat'];
/** Each level as a symbol that reads without colour, on cards, case pages and the method page. */
export const evidenceSymbols: Record<EvidenceLevel, string> = { kuat: '●●●', sedang: '●●○', lemah: '●○○' };
const rank: Record<SentraSource['kind'], number> = { resmi: 3, 'resmi-via-pers': 2, pers: 1, rendah: 0 };

/**
 * The sources behind a case's result: those of every figure of its metrics, their reports
 * included, for a success story; those of its status for a lesson or an early-stage entry, whose
 * result is where the sentra stands. Also the figures, for the conflicts among them.
 */
function resultOf(data: Sentra): { ids: Set<string>; figures: SentraQuantity[] } {
  if (data.kind !== 'kisah') return { ids: new Set(data.status.sources), figures: [] };
  const figures = data.metrics.flatMap((metric) => rowsOf(metric).map((row) => row.quantity));
  const ids = figures.flatMap((figure) => [...figure.sources, ...(figure.reports ?? []).flatMap((r) => r.sources)]);
  return { ids: new Set(ids), figures };
}

/**
 * Sources that count as independent: reprints of one release (`release` written the same) count
 * once, as the most reliable of them; `rendah` sources are never counted.
 */
function independentSources(sources: readonly SentraSource[]): SentraSource[] {
  const byRelease = new Map<string, SentraSource>();
  for (const source of sources.filter((item) => item.kind !== 'rendah')) {
    const key = source.release ? `release:${source.release}` : `id:${source.id}`;
    const kept = byRelease.get(key);
    if (!kept || rank[source.kind] > rank[kept.kind]) byRelease.set(key, source);
  }
  return [...byRelease.values()];
}

/** The newest date among sources; undefined where none has a date. */
const newestDate = (sources: readonly SentraSource[]) =>
  sources
    .map((source) => source.date)
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);

/**
 * The strength of the evidence behind a case's result, judged at `buildMonth` (`YYYY-MM`).
 *
 * Start level, from the sources behind the result (metrics' sources for a success story, the
 * status's sources for a lesson or an early-stage entry), counting INDEPENDENT sources: reprints
 * of one `release` count once, `rendah` sources not at all:
 *
 * | independent sources                        | start level |
 * | ------------------------------------------ | ----------- |
 * | 3 or more                                  | kuat        |
 * | 2, one of them `resmi`                     | kuat        |
 * | 2, neither `resmi`                         | sedang      |
 * | 1, `resmi` or `resmi-via-pers`             | sedang      |
 * | 1, `pers`                                  | lemah       |
 * | none (only `rendah`: never counts alone)   | lemah       |
 *
 * Then one level down for each of:
 *
 * | weakening                                                               |
 * | ----------------------------------------------------------------------- |
 * | the newest source is older than 18 months at `buildMonth`, or undated   |
 * | a figure behind the result has `reports` (the sources give differing figures) |
 *
 * never below `lemah`. Reliability order: resmi > resmi-via-pers > pers > rendah. Each step taken
 * is given as a reason, in Indonesian, for the reader.
 */
export function evidenceOf(data: Sentra, buildMonth: string): Evidence {
  const { ids, figures } = resultOf(data);
  const behind = data.sources.filter((source) => ids.has(source.id));
  const independent = independentSources(behind);
  const reasons: string[] = [];

  const count = independent.length;
  const best = Math.max(-1, ...independent.map((source) => rank[source.kind]));
  const hasOfficial = independent.some((source) => source.kind === 'resmi');
  let level =
    count >= 3 || (count === 2 && hasOfficial)
      ? 2
      : count === 2 || (count === 1 && best >= rank['resmi-via-pers'])
        ? 1
        : 0;

  const what = data.kind === 'kisah' ? 'angka hasilnya' : 'statusnya';
  const reprints = behind.filter((source) => source.kind !== 'rendah').length - count;
  if (count === 0) {
    reasons.push(`${what} hanya bersandar pada sumber berkeandalan rendah, yang tidak dihitung sendirian`);
  } else {
    const reprintText = reprints > 0 ? ` (salinan siaran pers yang sama dihitung sekali)` : '';
    reasons.push(`${count} sumber independen untuk ${what}${reprintText}`);
    reasons.push(
      hasOfficial
        ? 'termasuk pernyataan resmi'
        : best >= rank['resmi-via-pers']
          ? 'pernyataan resmi hanya lewat media'
          : 'hanya liputan media, tanpa pernyataan resmi',
    );
  }

  const newest = newestDate(independent.length > 0 ? independent : behind);
  if (!newest) {
    level -= 1;
    reasons.push('tidak ada sumber yang bertanggal');
  } else if (monthsBetween(newest, buildMonth) > staleAfterMonths) {
    level -= 1;
    reasons.push(`sumber terbaru dari ${formatDate(newest)}, lebih dari ${staleAfterMonths} bulan lalu`);
  } else {
    reasons.push(`sumber terbaru dari ${formatDate(newest)}`);
  }

  if (figures.some((figure) => figure.reports)) {
    level -= 1;
    reasons.push('sumber memberi angka yang berbeda untuk sebagian hasil');
  }

  const result = levels[Math.max(0, level)] ?? 'lemah';
  return { level: result, label: `Bukti: ${result}`, symbol: evidenceSymbols[result], reasons };
}
