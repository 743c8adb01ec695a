import { defineVocabulary } from './define-vocabulary';

/**
 * The terms under which a photo may be shown. A photo found on a news site or social media is
 * not free to use: it needs one of these, and its credit names whoever holds the rights.
 */
export const photoLicences = defineVocabulary({
  'cc-by-4.0': { id: 'CC BY 4.0', en: 'CC BY 4.0' },
  'cc-by-sa-4.0': { id: 'CC BY-SA 4.0', en: 'CC BY-SA 4.0' },
  'cc0-1.0': { id: 'CC0 1.0 (domain publik)', en: 'CC0 1.0 (public domain)' },
  'izin-pemilik': { id: 'Dipakai dengan izin pemilik', en: 'Used with the owner’s permission' },
});

/** The licence's own page, linked beside the credit as Creative Commons asks; none for a permission. */
export const photoLicenceUrls: Partial<Record<(typeof photoLicences.keys)[number], string>> = {
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/deed.id',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/deed.id',
  'cc0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/deed.id',
};
