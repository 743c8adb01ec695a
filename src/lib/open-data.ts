import { formatPlace, type AreaIndex } from './area';
import { placeOf } from './case-facts';
import { computeGrowth, toBounds } from './growth';
import { changeEnds, rowsOf } from './metric-rows';
import type { SentraEntry } from './sentra-types';

/** One case as open data: the validated facts, its place by name, and growth derived. */
export function toOpenRecord(entry: SentraEntry, areas: AreaIndex, site: URL) {
  const { data } = entry;
  const place = placeOf(areas, data);
  return {
    id: entry.id,
    url: new URL(`/sentra/${entry.id}/`, site).href,
    ...data,
    place: { ...place, text: formatPlace(place) },
    metrics: data.metrics.map((metric) => {
      const ends = changeEnds(metric);
      return { ...metric, growth: ends ? computeGrowth(ends[0].value, ends[1].value) : null };
    }),
  };
}

const csvColumns = ['sentra', 'metrik', 'periode', 'min', 'maks', 'satuan', 'kata_sumber', 'sumber'] as const;

/** Every before and after figure of every case as one flat table, each row with its source URLs. */
export function toMetricRows(entries: readonly SentraEntry[]): Record<(typeof csvColumns)[number], string>[] {
  return entries.flatMap((entry) => {
    const urls = new Map(entry.data.sources.map((source) => [source.id, source.url]));
    return entry.data.metrics.flatMap((metric) =>
      rowsOf(metric).map(({ label, quantity }) => {
        const [min, max] = toBounds(quantity.value);
        return {
          sentra: entry.id,
          metrik: metric.id,
          periode: label.toLowerCase(),
          min: String(min),
          maks: String(max),
          satuan: quantity.unit,
          kata_sumber: quantity.wording ?? '',
          sumber: quantity.sources.map((id) => urls.get(id) ?? id).join(' '),
        };
      }),
    );
  });
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes rows as CSV (RFC 4180), numbers with a dot so spreadsheets in any locale read them. */
export function toCsv(rows: readonly Record<string, string>[]): string {
  const header = csvColumns.join(',');
  const lines = rows.map((row) => csvColumns.map((column) => csvCell(row[column] ?? '')).join(','));
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
