import { defineVocabulary } from './define-vocabulary';

/** Whether the sentra is running, still being built, or has stopped. */
export const statuses = defineVocabulary({
  beroperasi: { id: 'Beroperasi', en: 'Operating' },
  dibangun: { id: 'Sedang dibangun', en: 'Being built' },
  berhenti: { id: 'Berhenti beroperasi', en: 'Stopped' },
});
