import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';

/** Kemendagri's official names, keyed by kode wilayah, one map per level. */
export interface AreaIndex {
  provinces: Map<string, string>;
  regencies: Map<string, string>;
  districts: Map<string, string>;
  villages: Map<string, string>;
}

/** One level of a place: its code and its official name. */
export interface Area {
  code: string;
  name: string;
}

/** A place resolved from its code: the province always, finer levels where the code has them. */
export interface Place {
  province: Area;
  regency?: Area;
  district?: Area;
  village?: Area;
}

function toMap(rows: { code: string; name: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.code, row.name]));
}

/** Reads the official list (about 84.000 villages): use getAreaIndex, which reads it once. */
export async function loadAreaIndex(): Promise<AreaIndex> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return {
    provinces: toMap(provinces),
    regencies: toMap(regencies),
    districts: toMap(districts),
    villages: toMap(villages),
  };
}

/** The shape of a kode wilayah: `35`, `35.17`, `35.17.11` or `35.17.11.2016`. */
export const areaCodePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * Resolves a kode wilayah to its names, from the province down to the level the code names.
 * Returns undefined when any level is not in the official list, so a typo cannot pass. The pages
 * never call it: each case's places are resolved once, when it is loaded (enrich-case.ts).
 */
export function resolvePlace(index: AreaIndex, code: string): Place | undefined {
  if (!areaCodePattern.test(code)) return undefined;
  const parts = code.split('.');
  const levels = [index.provinces, index.regencies, index.districts, index.villages];
  const found: Area[] = [];
  for (let depth = 1; depth <= parts.length; depth++) {
    const prefix = parts.slice(0, depth).join('.');
    const name = levels[depth - 1]?.get(prefix);
    if (name === undefined) return undefined;
    found.push({ code: prefix, name });
  }
  const [province, regency, district, village] = found;
  return province && { province, regency, district, village };
}

// Kemendagri numbers kelurahan from 1001 and desa from 2001: the first digit tells them apart.
function villageWord(code: string): string {
  return code.split('.')[3]?.startsWith('1') ? 'Kelurahan' : 'Desa';
}

/** Writes a place in full, finest level first: `Desa Kendalsari, Kecamatan Sumobito, …`. */
export function formatPlace(place: Place): string {
  return [
    place.village && `${villageWord(place.village.code)} ${place.village.name}`,
    place.district && `Kecamatan ${place.district.name}`,
    place.regency?.name,
    place.province.name,
  ]
    .filter(Boolean)
    .join(', ');
}

let areaIndex: Promise<AreaIndex> | undefined;

/**
 * The official list, read once per process by what checks or enriches cases: the content config,
 * `npm run check`, `npm run new`, the admin. The pages read each case's places from its entry.
 */
export function getAreaIndex(): Promise<AreaIndex> {
  areaIndex ??= loadAreaIndex();
  return areaIndex;
}

let provinceList: Promise<Area[]> | undefined;

/**
 * Every province, by code, without the finer levels: the map shows the provinces no case names
 * too, and 38 names need not bring the 84.000 villages into the pages.
 */
export function listProvinces(): Promise<Area[]> {
  provinceList ??= getProvinces().then((rows) => rows.map(({ code, name }) => ({ code, name })));
  return provinceList;
}
