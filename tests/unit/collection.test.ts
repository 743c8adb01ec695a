import { beforeAll, describe, expect, it } from 'vitest';
import { formatPlace, getAreaIndex, resolvePlace, type AreaIndex } from '../../src/place/area';
import { slugifyText } from '../../src/format/slug';
import { enrichCase } from '../../src/lib/case/enrich-case';
import { splitCitations, stripCitations } from '../../src/format/cited-text';
import { groupByFacet, sortCases } from '../../src/lib/list/facets';
import type { Sentra } from '../../src/lib/case/sentra-types';
import { citedNumbers, numberSources } from '../../src/lib/case/source-numbers';
import { computeTotals } from '../../src/lib/list/totals';
import { entryOf, jombangData } from '../support/case-file';

let areas: AreaIndex;
let jombang: Sentra;
beforeAll(async () => {
  areas = await getAreaIndex();
  jombang = await jombangData();
});

/**
 * A second, made-up case in another province, only for testing the list logic, with `change`
 * made to it; enriched again, as the loader would give it.
 */
function otherCase(change: Partial<Sentra> = {}): Sentra {
  const data: Sentra = {
    ...structuredClone(jombang),
    title: 'Sentra Uji Coba',
    areaCode: '33.28',
    ikmUnits: { value: 10, sources: ['S1.1'] },
    ...change,
  };
  return enrichCase(data, areas);
}

describe('places', () => {
  it('resolves a village code to its full place', () => {
    const place = resolvePlace(areas, '35.17.11.2016')!;
    expect(formatPlace(place)).toBe('Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur');
  });

  it('resolves a coarser code to the levels it names', () => {
    expect(formatPlace(resolvePlace(areas, '35.17')!)).toBe('Kabupaten Jombang, Jawa Timur');
  });

  it('finds nothing for a code that is not in the list', () => {
    expect(resolvePlace(areas, '35.17.11.2999')).toBeUndefined();
    expect(resolvePlace(areas, '99')).toBeUndefined();
  });

  it('answers each list of areas by its own names', () => {
    const renamed: AreaIndex = {
      provinces: new Map([['35', 'Jatim']]),
      regencies: new Map([['35.17', 'Jombang']]),
      districts: new Map(),
      villages: new Map(),
    };
    expect(formatPlace(resolvePlace(renamed, '35.17')!)).toBe('Jombang, Jatim');
    expect(resolvePlace(renamed, '35.17.11')).toBeUndefined();
  });

  it('makes URL slugs from names', () => {
    expect(slugifyText('Jawa Timur')).toBe('jawa-timur');
    expect(slugifyText('DAK Fisik Bidang IKM')).toBe('dak-fisik-bidang-ikm');
  });
});

describe('the list of cases', () => {
  it('sorts cases by title', () => {
    const sorted = sortCases([entryOf('b', jombang), entryOf('a', otherCase())]);
    expect(sorted.map((entry) => entry.data.title)).toEqual([
      'Sentra IKM Slag Aluminium Kendalsari',
      'Sentra Uji Coba',
    ]);
  });

  it('groups cases into one filter page per facet value', () => {
    const pages = groupByFacet([entryOf('jombang', jombang), entryOf('lain', otherCase())]);
    const provinces = pages.filter((page) => page.facet === 'provinsi').map((page) => [page.slug, page.entries.length]);
    expect(provinces).toEqual([
      ['jawa-tengah', 1],
      ['jawa-timur', 1],
    ]);
    expect(pages.find((page) => page.facet === 'pendanaan')).toMatchObject({ slug: 'dak-fisik-bidang-ikm' });
  });

  it('lists an entry under every province it names, and only DAK-funded entries under "Hanya DAK"', () => {
    const twoPlaces = otherCase({ otherAreaCodes: ['51.06'] });
    const csr = otherCase({ funding: [{ scheme: 'csr', sources: ['S1.1'] }] });
    const pages = groupByFacet([entryOf('jombang', jombang), entryOf('dua', twoPlaces), entryOf('csr', csr)]);
    const under = (facet: string, slug: string) =>
      pages.find((page) => page.facet === facet && page.slug === slug)?.entries.map((entry) => entry.id);
    expect(under('provinsi', 'bali')).toEqual(['dua']);
    expect(under('provinsi', 'jawa-tengah')).toEqual(['dua', 'csr']);
    expect(under('dak', 'semua-jenis-dak')).toEqual(['jombang', 'dua']);
  });

  it('adds up totals, keeping workers a range', () => {
    const totals = computeTotals([jombang, otherCase()]);
    expect(totals).toMatchObject({
      cases: 2,
      lessons: 0,
      ikmUnits: [35, 35],
      ikmUnknown: 0,
      provinces: 2,
      // "belasan" (11–19) twice before, about 200 twice after.
      workers: { before: [22, 38], after: [400, 400], counted: 2, leftOut: 0 },
    });
    // DAK Fisik is the only scheme summed: no other DAK line, no other money, no unstated scheme.
    expect(totals.dak).toEqual({
      fisik: { scheme: 'dak-fisik-ikm', amount: [40800000000, 52000000000], counted: 2, unknown: 0 },
      otherLines: [],
    });
    expect([...totals.otherMoney, ...totals.unknownScheme]).toEqual([]);
  });

  it('leaves a story with no before figure out of the workers sum, and says how many', () => {
    const afterOnly = otherCase();
    afterOnly.metrics = afterOnly.metrics.map((metric) => ({ ...metric, before: undefined }));
    afterOnly.funding = afterOnly.funding.map((funding) => ({ ...funding, amount: undefined }));
    const totals = computeTotals([jombang, afterOnly]);
    expect(totals.workers).toEqual({ before: [11, 19], after: [200, 200], counted: 1, leftOut: 1 });
    expect(totals.dak).toEqual({
      fisik: { scheme: 'dak-fisik-ikm', amount: [20400000000, 26000000000], counted: 1, unknown: 1 },
      otherLines: [],
    });
    expect([...totals.otherMoney, ...totals.unknownScheme]).toEqual([]);
  });

  it('keeps lessons out of the totals and says how many stories give no IKM count', () => {
    const lesson = otherCase({ kind: 'pelajaran', areaCode: '52' });
    const noCount: Sentra = { ...otherCase(), ikmUnits: undefined };
    const ranged: Sentra = { ...otherCase(), ikmUnits: { value: [22, 25], sources: ['S1.1'] } };
    const totals = computeTotals([jombang, lesson, noCount, ranged]);
    expect(totals).toMatchObject({ cases: 3, lessons: 1, ikmUnits: [47, 50], ikmUnknown: 1, provinces: 2 });
  });

  it('keeps early-stage entries out of the success totals, and counts every province an entry names', () => {
    const early = otherCase({ kind: 'tahap-awal', areaCode: '52' });
    const twoPlaces = otherCase({ otherAreaCodes: ['51.06'] });
    const totals = computeTotals([jombang, early, twoPlaces]);
    expect(totals).toMatchObject({ cases: 2, lessons: 0, earlyStage: 1, provinces: 3 });
  });

  it('sums DAK Fisik only from amounts named DAK Fisik, other DAK lines and other money apart', () => {
    const nonfisik = otherCase({
      funding: [
        { scheme: 'dak-tidak-disebut', amount: { value: 1e9, unit: 'rupiah', sources: ['S1.1'] }, sources: ['S1.1'] },
        { scheme: 'csr', amount: { value: 2e9, unit: 'rupiah', sources: ['S1.1'] }, sources: ['S1.1'] },
        { scheme: 'tidak-disebut', amount: { value: 3e9, unit: 'rupiah', sources: ['S1.1'] }, sources: ['S1.1'] },
      ],
    });
    const totals = computeTotals([jombang, nonfisik]);
    expect(totals.dak.fisik).toEqual({
      scheme: 'dak-fisik-ikm',
      amount: [20400000000, 26000000000],
      counted: 1,
      unknown: 0,
    });
    expect(totals.dak.otherLines).toEqual([
      { scheme: 'dak-tidak-disebut', amount: [1e9, 1e9], counted: 1, unknown: 0 },
    ]);
    expect(totals.otherMoney).toEqual([{ scheme: 'csr', amount: [2e9, 2e9], counted: 1, unknown: 0 }]);
    // Money whose scheme no source gives may be DAK or not: it is on neither side.
    expect(totals.unknownScheme).toEqual([{ scheme: 'tidak-disebut', amount: [3e9, 3e9], counted: 1, unknown: 0 }]);
  });
});

describe('citations', () => {
  it('numbers sources in the order the case lists them', () => {
    const numbers = numberSources(jombang.sources);
    expect(citedNumbers(['S1.5', 'S1.1', 'S1.5'], numbers)).toEqual([1, 4]);
  });

  it('refuses a citation of a source the case does not have', () => {
    expect(() => citedNumbers(['S9'], numberSources(jombang.sources))).toThrow('Source "S9" is cited');
  });

  it('finds [id] citations in text, but not a bracketed range', () => {
    expect(splitCitations('per tahun [S1.5]; belasan [11, 19].')).toEqual([
      { text: 'per tahun ' },
      { cite: 'S1.5' },
      { text: '; belasan [11, 19].' },
    ]);
  });

  it('drops citations where text cannot link, keeping the punctuation tidy', () => {
    expect(stripCitations('berbagi pabrik [S1.1] [S1.7]. Omzet naik [S1.1].')).toBe('berbagi pabrik. Omzet naik.');
  });
});
