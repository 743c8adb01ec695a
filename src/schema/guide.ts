import { z } from 'astro/zod';
import { stripCitations } from '../format/cited-text';
import { replicationSteps } from '../vocabulary/replication-steps';
import { citationsSchema, dayDateSchema, textSchema } from './fields';
import { metricSchema } from './metric';
import { checkCitations, sourceSchema } from './source';

/** One step of the replication guide: what it means and what the sources say a pemda must do. */
export const guideStepSchema = z.strictObject({
  /** The step, from `src/vocabulary/replication-steps.ts`. */
  step: z.enum(replicationSteps.keys),
  /** What the step is, in plain sentences; `[B5]` cites a source. */
  text: textSchema,
  /** Ids of the sources for the step. */
  sources: citationsSchema,
});

/**
 * A guide for pemda under /panduan/: prose in the MDX body, figures and steps in the frontmatter,
 * every fact cited, exactly as in a case.
 */
export const guideSchema = z
  .strictObject({
    /** The page title. */
    title: textSchema,
    /** One or two sentences for the page description: at most 200 characters, not counting citations. */
    summary: textSchema.refine((text) => stripCitations(text).length <= 200, {
      error: 'paling banyak 200 karakter, tanpa menghitung sitasi',
    }),
    /** The day an editor last checked the guide's facts against its sources. */
    lastVerified: dayDateSchema,
    /** Figures drawn as charts with their tables, in the same format as a case's metrics. */
    metrics: z.array(metricSchema).default([]),
    /** The steps of the replication guide, each listed with the cases that show it. */
    steps: z.array(guideStepSchema).default([]),
    /** Every source the guide cites; numbered on the page in this order. */
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((data, context) => checkCitations(data, context));
