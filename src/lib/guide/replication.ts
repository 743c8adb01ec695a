import { paginate, type ListPage } from '../list/paginate';
import type { SentraEntry } from '../case/sentra-types';
import { isDakFunded } from '../../vocabulary/funding-schemes';
import { replicationSteps, type ReplicationStep } from '../../vocabulary/replication-steps';

/** The anchor of a step on the replication guide: `#langkah-badan-pengelola`. */
export function guideStepAnchor(step: ReplicationStep): string {
  return `langkah-${step}`;
}

/** A case's point about one step, with the case it comes from. */
export interface StepExample {
  entry: SentraEntry;
  text: string;
  missed: boolean;
}

/** The cases under one step of the guide: those that show it, and those where it was missed. */
export interface StepCases {
  step: ReplicationStep;
  shown: StepExample[];
  missed: StepExample[];
}

/** The guide about DAK: its examples are DAK-funded cases only. */
export const dakGuideId = 'dak-fisik-ikm';

/**
 * The cases a guide may show as examples. The DAK guide shows only cases funded by a DAK line the
 * sources name (Fisik, Nonfisik, Penugasan or DAK without its line), so that it never presents a
 * result of other money as a DAK result; any other guide shows every case.
 */
export function guideCases(guide: string, entries: readonly SentraEntry[]): SentraEntry[] {
  if (guide !== dakGuideId) return [...entries];
  return entries.filter((entry) => isDakFunded(entry.data));
}

/**
 * Groups every case's replication points under the guide's steps, in the guide's order. The
 * guide is built from this, so a case that names a step always appears under it.
 */
export function groupByStep(entries: readonly SentraEntry[]): StepCases[] {
  return replicationSteps.keys.map((step) => {
    const examples = entries.flatMap((entry) =>
      entry.data.replication
        .filter((point) => point.step === step)
        .map((point) => ({ entry, text: point.text, missed: point.missed })),
    );
    return {
      step,
      shown: examples.filter((example) => !example.missed),
      missed: examples.filter((example) => example.missed),
    };
  });
}

/**
 * How many cases, and how many lessons, the guide shows under each step. At national scale a
 * step has thousands; the guide stays a page to read, and the rest are one link away.
 */
export const guideExamplesPerStep = 3;

/** Points per page of a step's full list: short texts, so more than the 24 cards of a list. */
export const stepListPageSize = 100;

/** The few examples the guide shows: cases the editors feature first, then in the order given. */
export function leadExamples(examples: readonly StepExample[], limit = guideExamplesPerStep): StepExample[] {
  const featured = examples.filter((example) => example.entry.data.featured);
  const others = examples.filter((example) => !example.entry.data.featured);
  return [...featured, ...others].slice(0, limit);
}

/** Whether a step has more cases or lessons than the guide shows: then it has a full list. */
export function hasFullList(group: StepCases, limit = guideExamplesPerStep): boolean {
  return group.shown.length > limit || group.missed.length > limit;
}

/** The address of a step's full list: `/panduan/replikasi/badan-pengelola/`. */
export function stepListPath(guide: string, step: ReplicationStep): string {
  return `/panduan/${guide}/${step}/`;
}

/** One page of a step's full list: cases that show the step first, then the lessons. */
export interface StepListPage {
  guide: { id: string; title: string };
  step: ReplicationStep;
  /** The step's place in the guide, from 1. */
  position: number;
  group: StepCases;
  page: ListPage<StepExample>;
}

/**
 * The pages of every full list of a guide's steps: only steps with more than the guide shows,
 * each split into pages of `stepListPageSize`, so no page grows with the number of cases.
 */
export function stepListPages(
  guide: StepListPage['guide'],
  steps: readonly ReplicationStep[],
  groups: readonly StepCases[],
  size = stepListPageSize,
): StepListPage[] {
  return steps.flatMap((step, index) => {
    const group = groups.find((candidate) => candidate.step === step);
    if (!group || !hasFullList(group)) return [];
    return paginate([...group.shown, ...group.missed], size).map((page) => ({
      guide,
      step,
      position: index + 1,
      group,
      page,
    }));
  });
}
