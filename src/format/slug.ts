/** Lowercase ASCII words joined by hyphens: "Kopi Liberika (Rapat)" becomes `kopi-liberika-rapat`. */
export function slugifyText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Lower case, without accents, one space between words: "Kopi  Catur" finds "kopi catur". */
export const foldText = (text: string): string => slugifyText(text).replaceAll('-', ' ');
