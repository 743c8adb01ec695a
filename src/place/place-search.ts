import { areaCodePattern, formatPlace, resolvePlace, type AreaIndex } from './area';
import { foldText } from '../format/slug';

/** A place that matches a search, with its full path for the editor to choose by. */
export interface PlaceCandidate {
  /** The Kemendagri kode wilayah, e.g. `35.17.11.2016`. */
  code: string;
  /** The official name at its own level, e.g. `Kendalsari` or `Kabupaten Jombang`. */
  name: string;
  /** The whole path, finest first: `Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur`. */
  label: string;
  /** How well the name matches: 0 exactly, 1 at its start, 2 at the start of a word, 3 inside. */
  score: number;
}

/** The candidates shown, and how many matched in all (more than shown when the name is common). */
export interface PlaceSearch {
  candidates: PlaceCandidate[];
  total: number;
}

// Words for the level are not part of a name: "Kabupaten Jombang" is found as "jombang" too.
const levelWords = /^(provinsi|kabupaten|kab|kota|kecamatan|kec|desa|kelurahan|kel)\s+/;

function matchScore(name: string, query: string): number | undefined {
  const scores = [name, name.replace(levelWords, '')].map((text) => {
    if (text === query) return 0;
    if (text.startsWith(`${query} `) || text.startsWith(query)) return 1;
    if (text.includes(` ${query}`)) return 2;
    return text.includes(query) ? 3 : undefined;
  });
  const found = scores.filter((score) => score !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/**
 * Finds places by name at every level, from province to village, best match first; among equal
 * matches the coarser level first, then by code. Text after a comma narrows the search to paths
 * that contain it: "Sukamaju, Cianjur". A kode wilayah is looked up as it is.
 */
export function searchPlaces(index: AreaIndex, query: string, limit = 40): PlaceSearch {
  const [name = '', ...context] = query.split(',').map(foldText);
  const code = query.trim();
  if (areaCodePattern.test(code)) {
    const place = resolvePlace(index, code);
    const own = place && (place.village ?? place.district ?? place.regency ?? place.province);
    return own
      ? { candidates: [{ code, name: own.name, label: formatPlace(place), score: 0 }], total: 1 }
      : { candidates: [], total: 0 };
  }
  if (!name) return { candidates: [], total: 0 };
  const found: PlaceCandidate[] = [];
  for (const level of [index.provinces, index.regencies, index.districts, index.villages]) {
    for (const [areaCode, areaName] of level) {
      const score = matchScore(foldText(areaName), name);
      if (score === undefined) continue;
      const place = resolvePlace(index, areaCode);
      if (!place) continue;
      const label = formatPlace(place);
      const path = foldText(label);
      if (context.every((part) => path.includes(part))) found.push({ code: areaCode, name: areaName, label, score });
    }
  }
  // Levels are visited coarsest first and each level is in code order, so a stable sort by score keeps that.
  found.sort((a, b) => a.score - b.score);
  return { candidates: found.slice(0, limit), total: found.length };
}
