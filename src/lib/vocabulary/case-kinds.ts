import { defineVocabulary } from './define-vocabulary';

/**
 * What a case is told as. A lesson is a sentra that did not work as planned: it is marked on its
 * page and in every list, and never counted among the successes.
 */
export const caseKinds = defineVocabulary({
  kisah: { id: 'Kisah sukses', en: 'Success story' },
  pelajaran: { id: 'Pelajaran', en: 'Lesson' },
});
