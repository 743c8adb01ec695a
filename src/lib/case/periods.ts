/** The two moments every metric compares, in order, with the word readers see for each. */
export const periods = [
  { key: 'before', label: 'Sebelum' },
  { key: 'after', label: 'Sesudah' },
] as const;
