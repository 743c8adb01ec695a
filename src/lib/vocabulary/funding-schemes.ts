import { defineVocabulary } from './define-vocabulary';

/** Where the money for a sentra came from. */
export const fundingSchemes = defineVocabulary({
  'dak-fisik-ikm': { id: 'DAK Fisik Bidang IKM', en: 'DAK Fisik for SMIs (physical special allocation fund)' },
  'dak-nonfisik-ikm': {
    id: 'DAK Nonfisik Bidang IKM',
    en: 'DAK Nonfisik for SMIs (non-physical special allocation fund)',
  },
  apbn: { id: 'APBN', en: 'State budget (APBN)' },
  apbd: { id: 'APBD', en: 'Regional budget (APBD)' },
  csr: { id: 'CSR', en: 'Corporate social responsibility (CSR)' },
  lainnya: { id: 'Lainnya', en: 'Other' },
});
