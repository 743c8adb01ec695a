import type { SentraEntry } from './sentra-types';
import { replicationSteps, type ReplicationStep } from './vocabulary/replication-steps';

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
