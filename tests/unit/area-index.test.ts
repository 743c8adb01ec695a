import { describe, expect, it } from 'vitest';
import { getAreaIndex, listProvinces } from '../../src/place/area';

describe('the official list of areas', () => {
  it('is read once per process, by what checks or enriches cases', async () => {
    expect(getAreaIndex()).toBe(getAreaIndex());
    expect((await getAreaIndex()).villages.size).toBeGreaterThan(80_000);
  });

  it('gives the map every province, by the same names and in the same order, without the villages', async () => {
    const provinces = await listProvinces();
    expect(provinces).toHaveLength(38);
    expect(provinces.map(({ code, name }) => [code, name])).toEqual([...(await getAreaIndex()).provinces]);
  });
});
