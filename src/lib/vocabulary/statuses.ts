import { defineVocabulary } from './define-vocabulary';

/**
 * Where a sentra stands, as its newest source reports it. The in-between states matter to an
 * official: a building that stands idle is a different lesson from one that is still being built.
 */
export const statuses = defineVocabulary({
  beroperasi: { id: 'Beroperasi', en: 'Operating' },
  'beroperasi-di-bawah-rencana': { id: 'Beroperasi di bawah rencana', en: 'Operating below plan' },
  dibangun: { id: 'Sedang dibangun', en: 'Being built' },
  'belum-dimanfaatkan': { id: 'Selesai dibangun, belum dimanfaatkan', en: 'Built but idle' },
  berhenti: { id: 'Berhenti beroperasi', en: 'Stopped' },
});
