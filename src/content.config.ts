import { defineCollection } from 'astro:content';
import { getAreaIndex } from './lib/place/area';
import { guideSchema } from './schema/guide';
import { photoImageSchema } from './schema/photo';
import { createSentraSchema } from './schema/sentra';
import { mdxDataLoader } from './content-loader/mdx-data-loader';
import { contentDirs } from './build/site-settings';

// Tests and benchmarks point this at synthetic cases under tests/; the site ships content/sentra.
const dirs = contentDirs();
const areas = await getAreaIndex();

export const collections = {
  // The loader checks each file with the plain schema, as `npm run check` does, and renders its
  // body to HTML; a case with photos is then parsed again by Astro with `image()`, which hands each
  // photo to its image pipeline.
  sentra: defineCollection({
    loader: mdxDataLoader({
      base: dirs.sentra,
      schema: createSentraSchema(areas),
      needsAstro: (data) => data.photos.length > 0,
    }),
    schema: ({ image }) => createSentraSchema(areas, photoImageSchema(image)),
  }),
  // Guides are checked the same way as cases: the same messages, the same <Ref> check.
  panduan: defineCollection({
    loader: mdxDataLoader({ base: dirs.panduan, schema: guideSchema }),
    schema: guideSchema,
  }),
};
