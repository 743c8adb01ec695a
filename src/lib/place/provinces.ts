import { resolvePlace, type Area, type AreaIndex } from './area';

/** What names an entry's places: its main code and any further ones. */
interface Placed {
  areaCode: string;
  otherAreaCodes?: readonly string[];
}

/**
 * Every province an entry names, its main place's first, each once: an entry that spans several
 * places is mapped, filtered and counted in each of their provinces.
 */
export function provincesOf(areas: AreaIndex, data: Placed): Area[] {
  const found = new Map<string, Area>();
  for (const code of [data.areaCode, ...(data.otherAreaCodes ?? [])]) {
    const province = resolvePlace(areas, code)?.province;
    if (!province) throw new Error(`Unknown kode wilayah ${code}`);
    if (!found.has(province.code)) found.set(province.code, province);
  }
  return [...found.values()];
}
