import { defineVocabulary } from './define-vocabulary';

/** Where the money for a sentra came from. */
export const fundingSchemes = defineVocabulary({
  'dak-fisik-ikm': { id: 'DAK Fisik Bidang IKM', en: 'DAK Fisik for SMIs (physical special allocation fund)' },
  'dak-nonfisik-ikm': {
    id: 'DAK Nonfisik Bidang IKM',
    en: 'DAK Nonfisik for SMIs (non-physical special allocation fund)',
  },
  apbn: { id: 'APBN (program kementerian)', en: 'State budget (APBN): ministry programmes' },
  apbd: { id: 'APBD kabupaten/kota', en: 'Regency or city budget (APBD)' },
  'apbd-provinsi': { id: 'APBD provinsi', en: 'Provincial budget (APBD)' },
  csr: { id: 'CSR', en: 'Corporate social responsibility (CSR)' },
  'dana-bergulir': { id: 'Pinjaman dana bergulir', en: 'Revolving-fund loans' },
  lainnya: { id: 'Lainnya', en: 'Other' },
  // Kept apart from `lainnya`: an unknown scheme must not read as "not DAK".
  'tidak-disebut': { id: 'Skema tidak disebut sumber', en: 'Scheme not stated by the sources' },
});
export type FundingScheme = (typeof fundingSchemes.keys)[number];
