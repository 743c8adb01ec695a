import { defineVocabulary } from './define-vocabulary';

/** Industry sectors of a sentra, broad enough for a pemda official to find cases like theirs. */
export const sectors = defineVocabulary({
  logam: { id: 'Logam dan daur ulang logam', en: 'Metal and metal recycling' },
  'tekstil-batik': { id: 'Tekstil dan batik', en: 'Textiles and batik' },
  'kulit-alas-kaki': { id: 'Kulit dan alas kaki', en: 'Leather and footwear' },
  'keramik-gerabah': { id: 'Keramik dan gerabah', en: 'Ceramics and pottery' },
  'pangan-minuman': { id: 'Pangan dan minuman', en: 'Food and beverages' },
  'kayu-bambu': { id: 'Kayu, bambu dan rotan', en: 'Wood, bamboo and rattan' },
  kerajinan: { id: 'Kerajinan', en: 'Crafts' },
});
