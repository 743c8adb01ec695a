import { slugifyText } from '../../format/slug';

/** A case's file name without `.mdx`, which is also its address: `/sentra/<slug>/`. */
export const caseSlugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Words every case shares say nothing in an address: "Sentra IKM Batik X" is found as "batik-x".
const genericStart = /^(sentra|klaster)(\s+ikm)?\s+/i;

/**
 * The proposed slug of a new case: its title without "Sentra IKM", then the regency or city (or
 * the province, for a code at that level) unless the title already names it, so that two sentra of
 * the same name in different regencies get different addresses: `slag-aluminium-kendalsari-jombang`.
 */
export function slugFromTitle(title: string, placeName?: string): string {
  const rest = slugifyText(title.trim().replace(genericStart, ''));
  // A title of nothing but those words keeps them rather than leave an empty or bare "ikm" name.
  const base = rest && rest !== 'ikm' ? rest : slugifyText(title);
  const place = slugifyText((placeName ?? '').replace(/^(kabupaten|kota)\s+/i, ''));
  if (!place || `-${base}-`.includes(`-${place}-`)) return base;
  return base ? `${base}-${place}` : place;
}
