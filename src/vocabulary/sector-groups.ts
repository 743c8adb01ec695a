import { defineVocabulary } from './define-vocabulary';

/**
 * The groups Kemenperin uses for sentra IKM. Officials already think of sentra this way, so the
 * filter pages group cases by these, with the finer sectors of `sectors.ts` below them.
 */
export const sectorGroups = defineVocabulary({
  pangan: { id: 'Pangan', en: 'Food' },
  sandang: { id: 'Sandang', en: 'Clothing, textiles and leather' },
  'kimia-bahan-bangunan': { id: 'Kimia dan bahan bangunan', en: 'Chemicals and building materials' },
  'kerajinan-aneka': { id: 'Kerajinan dan aneka', en: 'Crafts and miscellaneous' },
  furnitur: { id: 'Furnitur', en: 'Furniture' },
  'logam-mesin-elektronika-alat-angkut': {
    id: 'Logam, mesin, elektronika dan alat angkut',
    en: 'Metal, machinery, electronics and transport equipment',
  },
});

export type SectorGroup = (typeof sectorGroups.keys)[number];
