/** A run of plain text, or a citation of a source id written as `[S1.5]`. */
export type CitedSegment = { text: string } | { cite: string };

// Ids start with a letter so that a bracketed number such as "[11, 19]" is never read as one.
const citationPattern = /\[([A-Za-z][A-Za-z0-9.-]*)\]/g;

/** Splits a note such as `per tahun [S1.5]` into text and citations, in order. */
export function splitCitations(text: string): CitedSegment[] {
  const segments: CitedSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(citationPattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ cite: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The source ids a text cites. */
export function findCitations(text: string): string[] {
  return [...text.matchAll(citationPattern)].map((match) => match[1] ?? '');
}

/** The text without its citations, for places that cannot link: meta descriptions, search meta. */
export function stripCitations(text: string): string {
  return text
    .replace(citationPattern, '')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
