import { defineVocabulary } from './define-vocabulary';

/**
 * Units a quantity can be in. `kind` decides how a value is written: money as `Rp1,5 miliar`,
 * everything else as a plain number followed by the unit's short label.
 */
const unitTable = {
  orang: { id: 'orang', en: 'people', kind: 'count', short: { id: 'orang', en: 'people' } },
  'unit-usaha': { id: 'unit usaha', en: 'businesses', kind: 'count', short: { id: 'unit usaha', en: 'businesses' } },
  'kabupaten-kota': {
    id: 'kabupaten/kota',
    en: 'regencies and cities',
    kind: 'count',
    short: { id: 'kabupaten/kota', en: 'regencies/cities' },
  },
  rupiah: { id: 'rupiah', en: 'rupiah', kind: 'money', short: { id: '', en: '' } },
  'rupiah-per-tahun': {
    id: 'rupiah per tahun',
    en: 'rupiah a year',
    kind: 'money',
    short: { id: 'per tahun', en: 'a year' },
  },
  'ton-per-tahun': {
    id: 'ton per tahun',
    en: 'tonnes a year',
    kind: 'count',
    short: { id: 'ton/tahun', en: 't/year' },
  },
  'ton-per-bulan': {
    id: 'ton per bulan',
    en: 'tonnes a month',
    kind: 'count',
    short: { id: 'ton/bulan', en: 't/month' },
  },
  'rupiah-per-bulan': {
    id: 'rupiah per bulan',
    en: 'rupiah a month',
    kind: 'money',
    short: { id: 'per bulan', en: 'a month' },
  },
  'rupiah-per-kg': {
    id: 'rupiah per kilogram',
    en: 'rupiah per kilogram',
    kind: 'money',
    short: { id: 'per kg', en: 'per kg' },
  },
  ton: { id: 'ton', en: 'tonnes', kind: 'count', short: { id: 'ton', en: 't' } },
  'ton-per-hari': { id: 'ton per hari', en: 'tonnes a day', kind: 'count', short: { id: 'ton/hari', en: 't/day' } },
  'ton-per-minggu': {
    id: 'ton per minggu',
    en: 'tonnes a week',
    kind: 'count',
    short: { id: 'ton/minggu', en: 't/week' },
  },
  'kg-per-minggu': {
    id: 'kilogram per minggu',
    en: 'kilograms a week',
    kind: 'count',
    short: { id: 'kg/minggu', en: 'kg/week' },
  },
  kontainer: { id: 'kontainer', en: 'containers', kind: 'count', short: { id: 'kontainer', en: 'containers' } },
  'kontainer-per-tahun': {
    id: 'kontainer per tahun',
    en: 'containers a year',
    kind: 'count',
    short: { id: 'kontainer/tahun', en: 'containers/year' },
  },
  'jam-per-proses': {
    id: 'jam per proses',
    en: 'hours per batch',
    kind: 'count',
    short: { id: 'jam/proses', en: 'h/batch' },
  },
  'kaki-persegi-per-tahun': {
    id: 'kaki persegi per tahun',
    en: 'square feet a year',
    kind: 'count',
    short: { id: 'kaki persegi/tahun', en: 'sq ft/year' },
  },
  'buah-per-hari': {
    id: 'buah per hari',
    en: 'pieces a day',
    kind: 'count',
    short: { id: 'buah/hari', en: 'pieces/day' },
  },
  'potong-per-tahun': {
    id: 'potong per tahun',
    en: 'pieces a year',
    kind: 'count',
    short: { id: 'potong/tahun', en: 'pieces/year' },
  },
  'kg-per-hari': {
    id: 'kilogram per hari',
    en: 'kilograms a day',
    kind: 'count',
    short: { id: 'kg/hari', en: 'kg/day' },
  },
  'kg-per-proses': {
    id: 'kilogram per proses',
    en: 'kilograms per batch',
    kind: 'count',
    short: { id: 'kg/proses', en: 'kg/batch' },
  },
  persen: { id: 'persen', en: 'per cent', kind: 'count', short: { id: 'persen', en: 'per cent' } },
  'buah-per-bulan': {
    id: 'buah per bulan',
    en: 'pieces a month',
    kind: 'count',
    short: { id: 'buah/bulan', en: 'pieces/month' },
  },
  pasang: { id: 'pasang', en: 'pairs', kind: 'count', short: { id: 'pasang', en: 'pairs' } },
} as const;

export const units = defineVocabulary(unitTable);

export type Unit = (typeof units.keys)[number];

/** True where the unit is an amount of rupiah, so values are written the PUEBI way. */
export function isMoneyUnit(unit: Unit): boolean {
  return unitTable[unit].kind === 'money';
}

/** The short label written after a number, e.g. `ton/tahun`; empty for plain rupiah. */
export function shortUnitLabel(unit: Unit, lang: 'id' | 'en' = 'id'): string {
  return unitTable[unit].short[lang];
}
