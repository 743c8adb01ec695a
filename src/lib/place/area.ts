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

/** Reads the official list once (about 84.000 villages), for the schema and the pages to share. */
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
 * Returns undefined when any level is not in the official list, so a typo cannot pass.
 */
export function resolvePlace(index: AreaIndex, code: string): Place | undefined {
  // Every case's code is resolved again by each page, card and data file that names its place (a
  // quarter of a second of a build of 1,000 cases): the answer for a code is kept with its index.
  let places = resolved.get(index);
  if (!places) resolved.set(index, (places = new Map()));
  if (!places.has(code)) places.set(code, lookUpPlace(index, code));
  return places.get(code);
}

const resolved = new WeakMap<AreaIndex, Map<string, Place | undefined>>();

function lookUpPlace(index: AreaIndex, code: string): Place | undefined {
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

/** The URL-safe form of a name, for filter pages such as `/sentra/provinsi/jawa-timur/`. */
export function slugifyName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// Kept on the global object, not in this module: a build loads the content config and the built
// pages as two copies of this module in one process, and each would read the list again (about
// 0.1–0.2 s and 15 MB of names).
const shared = Symbol.for('etalase-sentra-ikm.area-index');
const store = globalThis as { [shared]?: Promise<AreaIndex> };

/** The official list, read once per process and shared by every page that needs it. */
export function getAreaIndex(): Promise<AreaIndex> {
  store[shared] ??= loadAreaIndex();
  return store[shared];
}
