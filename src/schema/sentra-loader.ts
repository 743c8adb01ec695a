import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { validateBody, validateCase } from './validate-case';

/**
 * Astro's glob loader for `*.mdx` cases, with the case checked by our own validator first:
 * Astro would list zod's messages; ours name the file, the field, what was found and what
 * was expected, in words an editor understands.
 */
export function sentraLoader(base: string, schema: z.ZodType): Loader {
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'sentra-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (entry) => {
          const file = entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
          const data = (await validateCase(schema, entry.data, file)) as { sources: { id: string }[] };
          if (entry.filePath) {
            const ids = data.sources.map((source) => source.id);
            validateBody(readFileSync(entry.filePath, 'utf8'), ids, file);
          }
          return context.parseData(entry);
        },
      }),
  };
}
