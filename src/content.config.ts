import { defineCollection } from 'astro:content';
import { enrichCase } from './lib/case/enrich-case';
import { getAreaIndex } from './place/area';
import { guideSchema } from './schema/guide';
import { photoImageSchema } from './schema/photo';
import { createSentraSchema } from './schema/sentra';
import { mdxDataLoader } from './content-loader/mdx-data-loader';
import { contentDirs } from './build-time/site-settings';

// Tests and benchmarks point this at synthetic cases under tests/; the site ships content/sentra.
const dirs = contentDirs();
const areas = await getAreaIndex();

export const collections = {
  // The loader checks each file with the plain schema, as `npm run check` does, and renders its
  // body to HTML; a case with photos is then parsed again by Astro with `image()`, which hands each
  // photo to its image pipeline. Each case is enriched once, here, with what the pages read besides
  // its fields (its places by name, its labels: enrich-case.ts). The loader enriches the cases it
  // stores as checked, since parsing every case again only to transform it would cost a second
  // validation; the collection's schema ends in the same transform for the cases Astro parses
  // again, and gives the entry its type. The check, `npm run new`, the admin and the open data's
  // JSON Schema keep the plain schema.
  sentra: defineCollection({
    loader: mdxDataLoader({
      base: dirs.sentra,
      schema: createSentraSchema(areas),
      needsAstro: (data) => data.photos.length > 0,
      enrich: (data) => enrichCase(data, areas),
    }),
    schema: ({ image }) =>
      createSentraSchema(areas, photoImageSchema(image)).transform((data) => enrichCase(data, areas)),
  }),
  // Guides are checked the same way as cases: the same messages, the same <Ref> check.
  panduan: defineCollection({
    loader: mdxDataLoader({ base: dirs.panduan, schema: guideSchema }),
    schema: guideSchema,
  }),
};
