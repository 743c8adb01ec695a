import { defineVocabulary } from './define-vocabulary';

/**
 * Where a sentra stands, as its newest source reports it, in that source's words. The in-between
 * states matter to an official: a building that stands idle is a different lesson from one that
 * is still being built, and "largely idle" is not "operating below plan".
 */
export const statuses = defineVocabulary({
  beroperasi: { id: 'Beroperasi', en: 'Operating' },
  'beroperasi-di-bawah-rencana': { id: 'Beroperasi di bawah rencana', en: 'Operating below plan' },
  'sebagian-besar-menganggur': { id: 'Sebagian besar menganggur', en: 'Largely idle' },
  dibangun: { id: 'Sedang dibangun', en: 'Being built' },
  diresmikan: { id: 'Sudah diresmikan', en: 'Inaugurated' },
  'belum-dimanfaatkan': { id: 'Selesai dibangun, belum dimanfaatkan', en: 'Built but idle' },
  berhenti: { id: 'Berhenti beroperasi', en: 'Stopped' },
});
export type Status = (typeof statuses.keys)[number];
