import type { Area } from '../../place/area';
import { slugifyText } from '../../format/slug';
import type { SentraEntry } from '../case/sentra-types';
import { provinceTiles } from '../../vocabulary/province-tiles';

/** One province on the map, with its cases counted and the page that lists them. */
export interface MapTile {
  code: string;
  name: string;
  short: string;
  col: number;
  row: number;
  stories: number;
  lessons: number;
  earlyStage: number;
  href: string;
}

type Counts = Pick<MapTile, 'stories' | 'lessons' | 'earlyStage'>;
const countOf = { kisah: 'stories', pelajaran: 'lessons', 'tahap-awal': 'earlyStage' } as const;

/**
 * Every province as a tile (`provinces`, listProvinces in area.ts), with how many stories, lessons
 * and early-stage entries the site has there: an entry that names places in several provinces
 * counts in each.
 */
export function mapTiles(provinces: readonly Area[], entries: readonly SentraEntry[]): MapTile[] {
  const counts = new Map<string, Counts>();
  for (const entry of entries) {
    for (const { code } of entry.data.provinces) {
      const count = counts.get(code) ?? { stories: 0, lessons: 0, earlyStage: 0 };
      count[countOf[entry.data.kind]]++;
      counts.set(code, count);
    }
  }
  return provinces.map(({ code, name }) => {
    const tile = provinceTiles[code];
    if (!tile) throw new Error(`Province ${code} (${name}) has no tile on the map`);
    const count = counts.get(code) ?? { stories: 0, lessons: 0, earlyStage: 0 };
    return { code, name, ...tile, ...count, href: `/sentra/provinsi/${slugifyText(name)}/` };
  });
}
