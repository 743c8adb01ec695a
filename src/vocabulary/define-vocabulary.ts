/** A term's label in the site's two languages: Indonesian first, English second. */
export interface Label {
  id: string;
  en: string;
}

/**
 * Turns a table of labels into a controlled vocabulary: the keys are what editors write in a
 * case file, the labels are what readers see. Keeping both in one object means a new term can
 * never be accepted by the schema without also having its two labels.
 */
export function defineVocabulary<const T extends Record<string, Label>>(labels: T) {
  const keys = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { labels, keys };
}
