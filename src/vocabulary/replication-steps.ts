import { defineVocabulary } from './define-vocabulary';

/**
 * The steps the cases share, in the order a pemda meets them. A case names the steps it shows
 * (or, for a lesson, the steps that were missed); the replication guide and the case pages link
 * each other through these keys, never through lists typed into the guide.
 */
export const replicationSteps = defineVocabulary({
  'klaster-produsen': { id: 'Kelompok produsen yang sudah ada', en: 'An existing cluster of producers' },
  'zonasi-perda': { id: 'Zonasi dan peraturan daerah', en: 'Zoning and local regulation' },
  lahan: { id: 'Lahan', en: 'Land' },
  'badan-pengelola': { id: 'Badan pengelola (koperasi, UPTD)', en: 'A managing body (cooperative, UPTD)' },
  'pemanfaatan-aset': { id: 'Aturan pemanfaatan aset', en: 'The asset-use arrangement' },
  'usulan-dak': { id: 'Usulan DAK dan kesiapan', en: 'The DAK proposal and readiness' },
  pembangunan: { id: 'Pembangunan', en: 'The build' },
  'layanan-bersama': { id: 'Layanan bersama', en: 'Shared services' },
  'akses-pasar': { id: 'Akses pasar', en: 'Market access' },
  'tahun-awal': { id: 'Tahun-tahun pertama operasi', en: 'The first years of operation' },
});

export type ReplicationStep = (typeof replicationSteps.keys)[number];
