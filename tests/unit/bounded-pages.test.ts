import { beforeAll, describe, expect, it } from 'vitest';
import {
  choiceLabel,
  matchChoices,
  packChoices,
  shownChoices,
  unpackChoices,
} from '../../src/lib/compare/compare-choices';
import { sortCases } from '../../src/lib/list/facets';
import { homeCardCount, pickFeatured } from '../../src/lib/list/featured';
import { feedItemsOf, feedSize } from '../../src/lib/share/feed';
import {
  groupByStep,
  guideExamplesPerStep,
  hasFullList,
  leadExamples,
  stepListPages,
  stepListPageSize,
  type StepCases,
} from '../../src/lib/guide/replication';
import type { Sentra, SentraEntry } from '../../src/lib/case/sentra-types';
import { replicationSteps } from '../../src/vocabulary/replication-steps';
import { entryOf, jombangData } from '../support/case-file';

// Issue 9: no page may grow with the number of cases. The pages that draw on every case (the
// replication guide, its steps' lists, the home page, the comparison's picker) are built from
// these functions; here they are fed the national directory's 14.000 cases.
const nationalScale = 14_000;
let entries: SentraEntry[];

beforeAll(async () => {
  const jombang: Sentra = await jombangData();
  const steps = replicationSteps.keys;
  // Made-up cases from Jombang's data: one lesson in ten, one featured in 97, two or three
  // replication points each, spread over the steps.
  entries = Array.from({ length: nationalScale }, (_, index) => {
    const lesson = index % 10 === 0;
    const points = Array.from({ length: 2 + (index % 2) }, (_, point) => ({
      step: steps[(index + Math.floor(index / 10) + point * 3) % steps.length]!,
      text: `Butir ${point + 1} kasus ${index}.`,
      sources: ['S1.1'],
      missed: lesson,
    }));
    return entryOf(`kasus-${index}`, {
      ...jombang,
      title: `Sentra ${index}`,
      kind: lesson ? 'pelajaran' : jombang.kind,
      featured: index % 97 === 7,
      replication: points,
    });
  });
});

const guide = { id: 'replikasi', title: 'Langkah mereplikasi sentra IKM' };
const pointsOf = (group: StepCases) => [...group.shown, ...group.missed];

describe('the replication guide at national scale', () => {
  it('shows at most a few cases and a few lessons under each step, featured cases first', () => {
    const groups = groupByStep(sortCases(entries));
    for (const group of groups) {
      expect(group.shown.length + group.missed.length).toBeGreaterThan(1000);
      const shown = leadExamples(group.shown);
      expect(shown).toHaveLength(guideExamplesPerStep);
      expect(leadExamples(group.missed)).toHaveLength(guideExamplesPerStep);
      expect(shown[0]!.entry.data.featured).toBe(true);
      expect(hasFullList(group)).toBe(true);
    }
  });

  it('lists every point of every step exactly once across pages of a bounded size, stories first', () => {
    const groups = groupByStep(sortCases(entries));
    const pages = stepListPages(guide, replicationSteps.keys, groups);
    for (const group of groups) {
      const ofStep = pages.filter((page) => page.step === group.step);
      const total = pointsOf(group).length;
      expect(ofStep).toHaveLength(Math.ceil(total / stepListPageSize));
      for (const page of ofStep) expect(page.page.items.length).toBeLessThanOrEqual(stepListPageSize);
      const listed = ofStep.flatMap((page) => page.page.items);
      expect(listed).toEqual(pointsOf(group));
      expect(listed.findIndex((example) => example.missed)).toBe(group.shown.length);
    }
    const allPoints = entries.reduce((sum, entry) => sum + entry.data.replication.length, 0);
    expect(pages.reduce((sum, page) => sum + page.page.items.length, 0)).toBe(allPoints);
  });

  it('gives a step no list of its own when the guide already shows all its cases', () => {
    const few = entries.slice(0, 20);
    const groups = groupByStep(few);
    const pages = stepListPages(guide, replicationSteps.keys, groups);
    for (const group of groups) {
      const fits = group.shown.length <= guideExamplesPerStep && group.missed.length <= guideExamplesPerStep;
      expect(hasFullList(group)).toBe(!fits);
      expect(pages.some((page) => page.step === group.step)).toBe(!fits);
    }
  });
});

describe('the home page at national scale', () => {
  it('shows a handful of featured stories however many the editors feature', () => {
    const stories = entries.filter((entry) => entry.data.kind !== 'pelajaran');
    const featured = pickFeatured(stories);
    expect(stories.filter((entry) => entry.data.featured).length).toBeGreaterThan(100);
    expect(featured).toHaveLength(homeCardCount);
    expect(featured.every((entry) => entry.data.featured)).toBe(true);
    expect(pickFeatured(stories.filter((entry) => !entry.data.featured))).toHaveLength(homeCardCount);
  });
});

describe("the comparison's picker at national scale", () => {
  const choices = () =>
    entries.map((entry) => ({
      slug: entry.id,
      title: entry.data.title,
      place: entry.id.endsWith('3') ? 'Kabupaten Jombang, Jawa Timur' : 'Kabupaten Sinjai, Sulawesi Selatan',
      kind: entry.data.kind,
    }));

  it('offers a few matches at a time and counts them all', () => {
    const found = matchChoices(choices(), 'jombang');
    expect(found.total).toBe(nationalScale / 10);
    expect(found.choices).toHaveLength(shownChoices);
    const named = matchChoices(choices(), 'sentra 1234');
    expect(named.total).toBe(11);
    expect(named.choices[0]?.slug).toBe('kasus-1234');
  });

  it('ships the choices compactly, each place written once, and reads them back unchanged', () => {
    const packed = packChoices(choices());
    expect(packed.places).toHaveLength(2);
    expect(unpackChoices(packed)).toEqual(choices());
  });

  it('writes a choice with its place, marking a lesson', () => {
    expect(
      choiceLabel({ slug: 'a', title: 'Sentra A', place: 'Kota Tidore Kepulauan, Maluku Utara', kind: 'pelajaran' }),
    ).toBe('Sentra A (pelajaran) — Kota Tidore Kepulauan, Maluku Utara');
  });
});

describe('the feed at national scale', () => {
  it('carries the most recently checked cases, not every case', async () => {
    // Every thirteenth case checked again later than the rest: those are the feed. The later date
    // is a year after the real case the rest are made from, whenever that was last checked.
    const later = `${Number(entries[0]!.data.lastVerified.slice(0, 4)) + 1}-01-02`;
    const checked = entries.map((entry, index) =>
      index % 13 === 0 ? { ...entry, data: { ...entry.data, lastVerified: later } } : entry,
    );
    const items = feedItemsOf(checked, new URL('https://contoh.example/'));
    expect(items).toHaveLength(feedSize);
    expect(items.every((item) => item.pubDate?.toISOString().startsWith(later))).toBe(true);
  });
});
