import { z } from 'astro/zod';
import { replicationSteps } from '../vocabulary/replication-steps';
import { citationsSchema, textSchema } from './fields';

/**
 * One point of "what made it work, and what to watch for", drawn only from the case's sources:
 * an observation about this case, with the ids of the sources that support it.
 */
export const factorSchema = z.strictObject({
  /** `kunci` for something that helped the sentra work, `waspada` for something to watch for. */
  kind: z.enum(['kunci', 'waspada']),
  /** The point in one or two plain sentences. */
  text: textSchema,
  /** Ids of the sources that support it. */
  sources: citationsSchema,
});

/**
 * One thing another region would need to do the same, tied to a step of the replication guide
 * (`src/vocabulary/replication-steps.ts`). The guide lists the cases under each step from these.
 */
export const replicationPointSchema = z.strictObject({
  /** The step of the guide this point illustrates, e.g. `badan-pengelola`. */
  step: z.enum(replicationSteps.keys),
  /** What this case shows about the step, in one or two plain sentences. */
  text: textSchema,
  /** Ids of the sources that show it. */
  sources: citationsSchema,
  /** True where the sources show the step was missed or left unfinished (mostly in lessons). */
  missed: z.boolean().default(false),
});
