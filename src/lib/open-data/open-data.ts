import type { OpenRecord } from '../../schema/open-record';
import { withoutEnrichment, type CasePlace } from '../case/enrich-case';
import { computeGrowth, toBounds } from '../case/growth';
import { changeEnds } from '../case/metric-rows';
import type { caseTable, sourceTable } from './open-tables';
import type { SentraEntry } from '../case/sentra-types';
import type { RowOf } from './table-schema';

/** The address of a case page. */
export function caseUrlOf(id: string, site: URL): string {
  return new URL(`/sentra/${id}/`, site).href;
}

/**
 * One case as open data: the validated facts, its place by name, and growth derived. `photoCopies`
 * are the addresses of its photos' copies, in order (findPhotoCopies in photo-copies.ts).
 */
export function toOpenRecord(entry: SentraEntry, site: URL, photoCopies: readonly string[] = []): OpenRecord {
  const data = withoutEnrichment(entry.data);
  return {
    id: entry.id,
    url: caseUrlOf(entry.id, site),
    ...data,
    place: openPlaceOf(entry.data.place),
    metrics: data.metrics.map((metric) => {
      const ends = changeEnds(metric);
      return { ...metric, growth: ends ? computeGrowth(ends[0].value, ends[1].value) : null };
    }),
    photos: data.photos.map((photo, index) => {
      const file = photoCopies[index];
      if (!file) throw new Error(`${entry.id}: no copy given for photo ${index + 1}`);
      return { ...photo, file };
    }),
  };
}

/** A place as open data publishes it: each level's code and name, and the place in words. */
function openPlaceOf({ province, regency, district, village, text }: CasePlace): OpenRecord['place'] {
  return { province: { code: province.code, name: province.name }, regency, district, village, text };
}

/** One row of sentra.csv. */
export type CaseRow = RowOf<(typeof caseTable)['fields']>;

/** A case as one row of sentra.csv: what it is, where, who runs it and how it stands. */
export function toCaseRow(entry: SentraEntry, site: URL): CaseRow {
  const { data } = entry;
  const { place, labels } = data;
  const [ikmMin, ikmMax] = data.ikmUnits ? toBounds(data.ikmUnits.value) : [];
  return {
    sentra: entry.id,
    jenis: data.kind,
    judul: data.title,
    ringkasan: data.summary,
    url: caseUrlOf(entry.id, site),
    kode_wilayah: data.areaCode,
    kode_provinsi: place.province.code,
    provinsi: place.province.name,
    kabupaten_kota: place.regency?.name,
    kecamatan: place.district?.name,
    desa_kelurahan: place.village?.name,
    lokasi: place.text,
    sektor: data.sector,
    nama_sektor: labels.sector,
    kelompok_sektor: labels.sectorGroup,
    produk: data.products.join('; ') || undefined,
    pengelola: data.managingBody.name,
    jumlah_ikm_min: ikmMin,
    jumlah_ikm_maks: ikmMax,
    status: data.status.value,
    status_per: data.status.asOf,
    skema_pendanaan: [...new Set(data.funding.map((funding) => funding.scheme))].join(' '),
    terakhir_diperiksa: data.lastVerified,
  };
}

/** One row of sumber.csv. */
export type SourceRow = RowOf<(typeof sourceTable)['fields']>;

/** The sources a case cites, one row each, in the order they are numbered on its page. */
export function toSourceRows(entry: SentraEntry): SourceRow[] {
  return entry.data.sources.map((source) => ({
    sentra: entry.id,
    id: source.id,
    judul: source.title,
    penerbit: source.publisher,
    tanggal: source.date,
    tanggal_perkiraan: source.dateApproximate,
    url: source.url,
    jenis_sumber: source.kind,
    catatan: source.note,
  }));
}
