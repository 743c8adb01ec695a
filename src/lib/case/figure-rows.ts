import { toBounds, type Amount } from './growth';
import { rowsOf, type RowRole } from './metric-rows';
import type { figureTable } from '../open-data/open-tables';
import type { SentraEntry, SentraQuantity } from './sentra-types';
import type { RowOf } from '../open-data/table-schema';
import { fundingSchemes } from '../../vocabulary/funding-schemes';

/** One row of angka.csv. */
export type FigureRow = RowOf<(typeof figureTable)['fields']>;

type Common = Pick<
  FigureRow,
  'sentra' | 'jenis' | 'bagian' | 'butir' | 'nama' | 'pemberi_dana' | 'tahun_anggaran' | 'lebih_baik' | 'catatan'
>;
type Placed = Common & Pick<FigureRow, 'peran' | 'tanggal'>;

const roleWords: Record<RowRole, FigureRow['peran']> = {
  before: 'sebelum',
  planned: 'rencana',
  after: 'sesudah',
  point: 'deret',
};

/**
 * A figure as rows: the figure itself, then one row for each report where sources disagree,
 * numbered, with the same unit and year. Each row carries its sources' ids and addresses.
 */
function quantityRows(
  placed: Placed,
  quantity: Omit<SentraQuantity, 'unit'>,
  unit: FigureRow['satuan'],
  urls: ReadonlyMap<string, string>,
): FigureRow[] {
  const row = (value: Amount, wording: string | undefined, sources: readonly string[], laporan?: number) => {
    const [min, maks] = toBounds(value);
    return {
      ...placed,
      laporan,
      tahun: quantity.year,
      min,
      maks,
      satuan: unit,
      kata_sumber: wording,
      sumber_id: sources.join(' '),
      sumber: sources.map((id) => urls.get(id) ?? id).join(' '),
    };
  };
  return [
    row(quantity.value, quantity.wording, quantity.sources),
    ...(quantity.reports ?? []).map((report, index) => row(report.value, report.wording, report.sources, index + 1)),
  ];
}

/**
 * Every figure of a case, in the order of its page: the count of IKM, each metric's values, then
 * each funding amount and what was realised. Lessons are included, marked by `jenis`.
 */
export function toFigureRows(entry: SentraEntry): FigureRow[] {
  const { data } = entry;
  const urls = new Map(data.sources.map((source) => [source.id, source.url]));
  const base = { sentra: entry.id, jenis: data.kind };
  const ikm: FigureRow[] = data.ikmUnits
    ? quantityRows(
        { ...base, bagian: 'jumlah-ikm', butir: 'jumlah-ikm', nama: 'Jumlah IKM', peran: 'jumlah' },
        data.ikmUnits,
        'unit-usaha',
        urls,
      )
    : [];
  const metrics = data.metrics.flatMap((metric) => {
    const common: Common = {
      ...base,
      bagian: 'metrik',
      butir: metric.id,
      nama: metric.label,
      lebih_baik: metric.better,
      catatan: metric.note,
    };
    return rowsOf(metric).flatMap(({ role, quantity }) => {
      const tanggal = 'date' in quantity && typeof quantity.date === 'string' ? quantity.date : undefined;
      return quantityRows({ ...common, peran: roleWords[role], tanggal }, quantity, quantity.unit, urls);
    });
  });
  const funding = data.funding.flatMap((item) => {
    const common: Common = {
      ...base,
      bagian: 'pendanaan',
      butir: item.scheme,
      nama: fundingSchemes.labels[item.scheme].id,
      pemberi_dana: item.funder,
      tahun_anggaran: item.years?.join(' '),
      catatan: item.note,
    };
    return [
      ...(item.amount ? quantityRows({ ...common, peran: 'nilai' }, item.amount, item.amount.unit, urls) : []),
      ...(item.realised
        ? quantityRows({ ...common, peran: 'realisasi' }, item.realised, item.realised.unit, urls)
        : []),
    ];
  });
  return [...ikm, ...metrics, ...funding];
}
