import type { z } from 'astro/zod';
import type { ContentDirs } from './case-files';
import { getAreaIndex } from '../place/area';
import { guideSchema } from '../schema/guide';
import { createSentraSchema } from '../schema/sentra';
import type { DevCollection } from './dev-problems';

// The case schema reads the list of every village: made once, at the first page asked for.
let sentraSchema: Promise<z.ZodType> | undefined;

/** The cases and the guides as `npm run dev` serves them, with the schemas the loader checks them by. */
export function devCollections(dirs: ContentDirs): DevCollection[] {
  return [
    {
      route: '/sentra/',
      dir: dirs.sentra,
      schema: () => (sentraSchema ??= getAreaIndex().then((areas) => createSentraSchema(areas))),
    },
    { route: '/panduan/', dir: dirs.panduan, schema: async () => guideSchema },
  ];
}
