import { defineCollection } from 'astro:content';
import { getAreaIndex } from './lib/area';
import { guideSchema } from './schema/guide';
import { createSentraSchema } from './schema/sentra';
import { sentraLoader } from './schema/sentra-loader';

// Tests and benchmarks point this at synthetic cases under tests/; the site ships content/sentra.
const base = process.env.SENTRA_CONTENT_DIR || './content/sentra';
const schema = createSentraSchema(await getAreaIndex());

export const collections = {
  sentra: defineCollection({ loader: sentraLoader(base, schema), schema }),
  // Guides are checked the same way as cases: the same messages, the same <Ref> check.
  panduan: defineCollection({ loader: sentraLoader('./content/panduan', guideSchema), schema: guideSchema }),
};
