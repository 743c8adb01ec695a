import { defineVocabulary } from './define-vocabulary';
import type { SectorGroup } from './sector-groups';

/**
 * Industry sectors of a sentra, each in one of Kemenperin's groups (`sector-groups.ts`).
 * `group: null` is for a sentra whose sources do not say what it makes: it is never guessed.
 */
const sectorTable = {
  logam: {
    id: 'Logam dan daur ulang logam',
    en: 'Metal and metal recycling',
    group: 'logam-mesin-elektronika-alat-angkut',
  },
  'tekstil-batik': { id: 'Tekstil dan batik', en: 'Textiles and batik', group: 'sandang' },
  'kulit-alas-kaki': { id: 'Kulit dan alas kaki', en: 'Leather and footwear', group: 'sandang' },
  'keramik-gerabah': { id: 'Keramik dan gerabah', en: 'Ceramics and pottery', group: 'kimia-bahan-bangunan' },
  'pangan-minuman': { id: 'Pangan dan minuman olahan', en: 'Processed food and beverages', group: 'pangan' },
  'olahan-ikan': { id: 'Olahan ikan', en: 'Fish processing', group: 'pangan' },
  kopi: { id: 'Kopi', en: 'Coffee', group: 'pangan' },
  'gula-kelapa': { id: 'Gula kelapa', en: 'Coconut sugar', group: 'pangan' },
  'olahan-kelapa': { id: 'Olahan kelapa', en: 'Coconut processing', group: 'pangan' },
  'olahan-hortikultura': { id: 'Olahan hortikultura', en: 'Horticulture processing', group: 'pangan' },
  'kayu-bambu': { id: 'Kayu, bambu dan rotan', en: 'Wood, bamboo and rattan', group: 'furnitur' },
  kerajinan: { id: 'Kerajinan', en: 'Crafts', group: 'kerajinan-aneka' },
  'minyak-atsiri': { id: 'Minyak atsiri', en: 'Essential oils', group: 'kimia-bahan-bangunan' },
  'tidak-dirinci': { id: 'Produk tidak dirinci sumber', en: 'Products not stated by the sources', group: null },
  rempah: { id: 'Rempah dan olahannya', en: 'Spices and spice products', group: 'pangan' },
} as const satisfies Record<string, { id: string; en: string; group: SectorGroup | null }>;

export const sectors = defineVocabulary(sectorTable);

export type Sector = (typeof sectors.keys)[number];

/** The Kemenperin group of a sector, or null where the sources do not say what the sentra makes. */
export function groupOfSector(sector: Sector): SectorGroup | null {
  return sectorTable[sector].group;
}
