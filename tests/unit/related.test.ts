import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex, type AreaIndex } from '../../src/place/area';
import { enrichCase } from '../../src/lib/case/enrich-case';
import { findRelated } from '../../src/lib/case/related';
import { groupByStep } from '../../src/lib/guide/replication';
import type { Sentra, SentraEntry } from '../../src/lib/case/sentra-types';
import { replicationSteps } from '../../src/vocabulary/replication-steps';
import { entryOf, jombangData } from '../support/case-file';

let areas: AreaIndex;
let jombang: Sentra;
beforeAll(async () => {
  areas = await getAreaIndex();
  jombang = await jombangData();
});

/** A made-up case from Jombang's data with some facts changed, enriched again; only for testing. */
function variant(id: string, change: Partial<Sentra>): SentraEntry {
  return entryOf(id, enrichCase({ ...structuredClone(jombang), title: id, ...change }, areas));
}

describe('related cases', () => {
  it('ranks by what the cases share, leaves out the case itself and unrelated ones, and keeps three', () => {
    const self = variant('self', {});
    const all = [
      self,
      variant('same-everything', {}),
      variant('other-province', { areaCode: '33.28' }),
      variant('other-sector-group', { sector: 'kopi', areaCode: '33.28' }),
      variant('nothing-shared', {
        sector: 'kopi',
        areaCode: '51',
        funding: [{ ...jombang.funding[0]!, scheme: 'csr' }],
      }),
      variant('also-same', {}),
    ];
    const related = findRelated(self, all);
    expect(related.map((item) => item.entry.id)).toEqual(['also-same', 'same-everything', 'other-province']);
    expect(related[2]?.reasons).toEqual(['kelompok sektor sama', 'skema dana sama']);
  });

  it('puts a lesson after a success story that shares as much', () => {
    const self = variant('self', {});
    const lesson = variant('a-lesson', { kind: 'pelajaran' });
    const story = variant('z-story', {});
    expect(findRelated(self, [self, lesson, story]).map((item) => item.entry.id)).toEqual(['z-story', 'a-lesson']);
  });
});

describe('the replication guide steps', () => {
  it('lists every step in order, with the cases that show it and the lessons that missed it', () => {
    const story = variant('story', {});
    const lesson = variant('lesson', {
      kind: 'pelajaran',
      replication: [{ step: 'badan-pengelola', text: 'Tidak ada operator.', sources: ['S1.1'], missed: true }],
    });
    const groups = groupByStep([story, lesson]);
    expect(groups.map((group) => group.step)).toEqual(replicationSteps.keys);
    const operator = groups.find((group) => group.step === 'badan-pengelola')!;
    expect(operator.shown.map((example) => example.entry.id)).toEqual(['story']);
    expect(operator.missed).toEqual([{ entry: lesson, text: 'Tidak ada operator.', missed: true }]);
    expect(groups.find((group) => group.step === 'lahan')).toEqual({ step: 'lahan', shown: [], missed: [] });
  });
});
