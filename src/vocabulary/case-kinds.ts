import { defineVocabulary } from './define-vocabulary';

/**
 * What a case is told as. A lesson is a sentra that stopped, never started or works far below its
 * purpose; an early-stage entry (`tahap-awal`) has a place, money and a dated status but no result
 * reported yet. Both are marked on their page and in every list, and never counted as successes.
 * The order here is the order every list shows them in, and the list's index and the compare
 * picker number kinds by it.
 */
export const caseKinds = defineVocabulary({
  kisah: { id: 'Kisah sukses', en: 'Success story' },
  pelajaran: { id: 'Pelajaran', en: 'Lesson' },
  'tahap-awal': { id: 'Tahap awal', en: 'Early stage' },
});
export type CaseKind = (typeof caseKinds.keys)[number];

/** Only a success story counts in success totals; lessons and early-stage entries never do. */
export const isSuccessStory = (kind: CaseKind): boolean => kind === 'kisah';
