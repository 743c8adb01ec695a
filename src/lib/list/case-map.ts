import { slugifyName, type AreaIndex } from '../place/area';
import { placeOf } from '../case/case-facts';
import type { SentraEntry } from '../case/sentra-types';
import { provinceTiles } from '../vocabulary/province-tiles';

/** One province on the map, with its cases counted and the page that lists them. */
export interface MapTile {
  code: string;
  name: string;
  short: string;
  col: number;
  row: number;
  stories: number;
  lessons: number;
  href: string;
}

/** Every province as a tile, with how many stories and lessons the site has there. */
export function mapTiles(areas: AreaIndex, entries: readonly SentraEntry[]): MapTile[] {
  const counts = new Map<string, { stories: number; lessons: number }>();
  for (const entry of entries) {
    const code = placeOf(areas, entry.data).province.code;
    const count = counts.get(code) ?? { stories: 0, lessons: 0 };
    if (entry.data.kind === 'pelajaran') count.lessons++;
    else count.stories++;
    counts.set(code, count);
  }
  return [...areas.provinces].map(([code, name]) => {
    const tile = provinceTiles[code];
    if (!tile) throw new Error(`Province ${code} (${name}) has no tile on the map`);
    const count = counts.get(code) ?? { stories: 0, lessons: 0 };
    return { code, name, ...tile, ...count, href: `/sentra/provinsi/${slugifyName(name)}/` };
  });
}
