import { defineVocabulary } from './define-vocabulary';

/**
 * Where the money for a sentra came from, as the sources name it. Write only what a source says:
 * a DAK whose line the sources do not name is `dak-tidak-disebut`, a Kemenperin programme whose
 * scheme they do not name is `kemenperin-tidak-disebut`, and money whose scheme no source gives is
 * `tidak-disebut`.
 */
export const fundingSchemes = defineVocabulary({
  'dak-fisik-ikm': { id: 'DAK Fisik Bidang IKM', en: 'DAK Fisik for SMIs (physical special allocation fund)' },
  'dak-nonfisik-ikm': {
    id: 'DAK Nonfisik Bidang IKM',
    en: 'DAK Nonfisik for SMIs (non-physical special allocation fund)',
  },
  'dak-penugasan': { id: 'DAK Penugasan', en: 'DAK Penugasan (assignment special allocation fund)' },
  'dak-tidak-disebut': { id: 'DAK, jenis tidak disebut', en: 'DAK, line not stated by the sources' },
  'kemenperin-tidak-disebut': {
    id: 'Kemenperin, skema tidak disebut',
    en: 'Ministry of Industry, scheme not stated by the sources',
  },
  apbn: { id: 'APBN (program kementerian)', en: 'State budget (APBN): ministry programmes' },
  apbd: { id: 'APBD kabupaten/kota', en: 'Regency or city budget (APBD)' },
  'apbd-provinsi': { id: 'APBD provinsi', en: 'Provincial budget (APBD)' },
  'bank-indonesia': { id: 'Bank Indonesia (klaster binaan)', en: 'Bank Indonesia (cluster programme)' },
  lpei: { id: 'LPEI (Desa Devisa)', en: 'Indonesia Eximbank (LPEI) Desa Devisa' },
  csr: { id: 'CSR', en: 'Corporate social responsibility (CSR)' },
  lsm: { id: 'Lembaga swadaya masyarakat', en: 'Non-governmental organisation' },
  kur: { id: 'Kredit Usaha Rakyat (KUR)', en: 'People’s business credit (KUR)' },
  'dana-bergulir': { id: 'Pinjaman dana bergulir', en: 'Revolving-fund loans' },
  lainnya: { id: 'Lainnya', en: 'Other' },
  // Kept apart from `lainnya`: an unknown scheme must not read as "not DAK".
  'tidak-disebut': { id: 'Skema tidak disebut sumber', en: 'Scheme not stated by the sources' },
});
export type FundingScheme = (typeof fundingSchemes.keys)[number];

/** Every DAK line the sources name (Fisik, Nonfisik, Penugasan, or DAK without its line). */
export const dakSchemes: readonly FundingScheme[] = [
  'dak-fisik-ikm',
  'dak-nonfisik-ikm',
  'dak-penugasan',
  'dak-tidak-disebut',
];
export const isDak = (scheme: FundingScheme): boolean => dakSchemes.includes(scheme);

/** Whether any of a case's funding is a DAK line the sources name: the "Hanya DAK" filter and the DAK guide. */
export const isDakFunded = (data: { funding: readonly { scheme: FundingScheme }[] }): boolean =>
  data.funding.some((funding) => isDak(funding.scheme));
