import { beforeAll, describe, expect, it } from 'vitest';
import type { Sentra, SentraEntry } from '../../src/lib/case/sentra-types';
import { pickFeatured } from '../../src/lib/list/featured';
import { groupOfSector } from '../../src/vocabulary/sectors';
import { dakGuideId, guideCases } from '../../src/lib/guide/replication';
import { entryOf, jombangData } from '../support/case-file';

let jombang: Sentra;
beforeAll(async () => {
  jombang = await jombangData();
});

const story = (id: string, sector: Sentra['sector'], featured = false): SentraEntry =>
  entryOf(id, { ...jombang, sector, featured });

describe('the stories the home page picks', () => {
  it('draws from different sector groups before any group gets a second', () => {
    const stories = [
      story('a', 'logam', true),
      story('b', 'logam', true),
      story('c', 'logam', true),
      story('d', 'kopi'),
      story('e', 'tekstil-batik'),
    ];
    const picked = pickFeatured(stories, 3);
    expect(picked.map((entry) => entry.id)).toEqual(['a', 'd', 'e']);
    expect(new Set(picked.map((entry) => groupOfSector(entry.data.sector))).size).toBe(3);
  });

  it('fills up from the same groups, featured first, when there are fewer groups than cards', () => {
    const stories = [story('a', 'logam'), story('b', 'logam', true), story('c', 'kopi')];
    expect(pickFeatured(stories, 3).map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('the examples a guide shows', () => {
  it('are DAK-funded cases only in the DAK guide, and every case elsewhere', () => {
    const dak = story('dak', 'logam');
    const csr = entryOf('csr', {
      ...jombang,
      funding: [{ scheme: 'csr', sources: ['S1.1'] }],
    } as Sentra);
    const penugasan = entryOf('penugasan', {
      ...jombang,
      funding: [{ scheme: 'dak-penugasan', sources: ['S1.1'] }],
    } as Sentra);
    const ids = (guide: string) => guideCases(guide, [dak, csr, penugasan]).map((entry) => entry.id);
    expect(ids(dakGuideId)).toEqual(['dak', 'penugasan']);
    expect(ids('replikasi')).toEqual(['dak', 'csr', 'penugasan']);
  });
});
