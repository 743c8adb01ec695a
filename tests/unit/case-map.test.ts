import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex, listProvinces, type Area, type AreaIndex } from '../../src/place/area';
import { enrichCase } from '../../src/lib/case/enrich-case';
import { mapTiles } from '../../src/lib/list/case-map';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { entryOf, jombangData } from '../support/case-file';

let areas: AreaIndex;
let provinces: Area[];
let jombang: Sentra;
beforeAll(async () => {
  areas = await getAreaIndex();
  provinces = await listProvinces();
  jombang = await jombangData();
});

describe('the tile map', () => {
  it('has one tile for each of the 38 provinces, no two in one place', () => {
    const tiles = mapTiles(provinces, []);
    expect(tiles).toHaveLength(38);
    expect(new Set(tiles.map((tile) => `${tile.col},${tile.row}`)).size).toBe(38);
  });

  it('counts stories and lessons by province and links to the province’s list', () => {
    const lesson: Sentra = { ...jombang, kind: 'pelajaran' };
    const bali = enrichCase({ ...jombang, areaCode: '51.06' }, areas);
    const tiles = mapTiles(provinces, [entryOf('a', jombang), entryOf('b', lesson), entryOf('c', bali)]);
    const jatim = tiles.find((tile) => tile.code === '35')!;
    expect(jatim).toMatchObject({ stories: 1, lessons: 1, href: '/sentra/provinsi/jawa-timur/' });
    expect(tiles.find((tile) => tile.code === '51')).toMatchObject({ stories: 1, lessons: 0 });
    expect(tiles.filter((tile) => tile.stories + tile.lessons > 0)).toHaveLength(2);
  });

  it('counts an early-stage entry apart, and an entry in each province it names', () => {
    const early: Sentra = { ...jombang, kind: 'tahap-awal' };
    const twoPlaces = enrichCase({ ...jombang, otherAreaCodes: ['51.06', '35.07'] }, areas);
    const tiles = mapTiles(provinces, [entryOf('a', early), entryOf('b', twoPlaces)]);
    expect(tiles.find((tile) => tile.code === '35')).toMatchObject({ stories: 1, lessons: 0, earlyStage: 1 });
    expect(tiles.find((tile) => tile.code === '51')).toMatchObject({ stories: 1, earlyStage: 0 });
  });
});
