import { beforeAll, describe, expect, it } from 'vitest';
import { enrichCase, withoutEnrichment, type EnrichableCase } from '../../src/lib/case/enrich-case';
import { getAreaIndex, type AreaIndex } from '../../src/place/area';

let areas: AreaIndex;
beforeAll(async () => {
  areas = await getAreaIndex();
});

/** The fields enrichCase reads, as a checked case has them; made up, only for testing. */
const plain: EnrichableCase & { title: string } = {
  title: 'Sentra Uji',
  areaCode: '35.17.11.2016',
  otherAreaCodes: [],
  sector: 'logam',
  status: { value: 'beroperasi' },
  funding: [{ scheme: 'dak-fisik-ikm' }, { scheme: 'csr' }, { scheme: 'dak-fisik-ikm' }],
};

describe('a case enriched once, for the pages', () => {
  it('resolves its place to names, the slug of its province, and the place in words', () => {
    expect(enrichCase(plain, areas).place).toEqual({
      code: '35.17.11.2016',
      province: { code: '35', name: 'Jawa Timur', slug: 'jawa-timur' },
      regency: { code: '35.17', name: 'Kabupaten Jombang' },
      district: { code: '35.17.11', name: 'Sumobito' },
      village: { code: '35.17.11.2016', name: 'Kendalsari' },
      text: 'Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur',
      regencyText: 'Kabupaten Jombang, Jawa Timur',
    });
  });

  it('gives a coarser code only the levels it names, with no empty keys', () => {
    const place = enrichCase({ ...plain, areaCode: '52' }, areas).place;
    expect(place).toEqual({
      code: '52',
      province: { code: '52', name: 'Nusa Tenggara Barat', slug: 'nusa-tenggara-barat' },
      text: 'Nusa Tenggara Barat',
      regencyText: 'Nusa Tenggara Barat',
    });
    expect(Object.keys(place)).not.toContain('regency');
  });

  it('resolves further places and names every province once, the main place’s first', () => {
    const enriched = enrichCase({ ...plain, otherAreaCodes: ['51.06', '35.07'] }, areas);
    expect(enriched.otherPlaces.map((place) => place.text)).toEqual([
      'Kabupaten Bangli, Bali',
      'Kabupaten Malang, Jawa Timur',
    ]);
    expect(enriched.provinces.map((province) => province.slug)).toEqual(['jawa-timur', 'bali']);
  });

  it('looks up the labels of sector, group, status and each funding scheme once', () => {
    expect(enrichCase(plain, areas).labels).toEqual({
      sector: 'Logam dan daur ulang logam',
      sectorGroup: 'Logam, mesin, elektronika dan alat angkut',
      status: 'Beroperasi',
      schemes: ['DAK Fisik Bidang IKM', 'CSR'],
    });
    expect(enrichCase({ ...plain, sector: 'tidak-dirinci' }, areas).labels).not.toHaveProperty('sectorGroup');
  });

  it('keeps the case as given and adds only serialisable values', () => {
    const copy = structuredClone(plain);
    const enriched = enrichCase(plain, areas);
    expect(plain).toEqual(copy);
    expect(JSON.parse(JSON.stringify(enriched))).toEqual(enriched);
    expect(withoutEnrichment(enriched)).toEqual(plain);
  });

  it('refuses a code that is not in the official list', () => {
    expect(() => enrichCase({ ...plain, areaCode: '35.17.11.2999' }, areas)).toThrow('35.17.11.2999');
  });
});
