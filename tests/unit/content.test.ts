import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex } from '../../src/place/area';
import { createSentraSchema, type SentraSchema } from '../../src/schema/sentra';
import { validateBody, validateCase } from '../support/validate-case';
import { readFrontmatter } from '../support/case-file';

// Every case the site ships, checked by the same schema the build uses: the quickest way for an
// editor or a reviewer to see that all of content/sentra is valid without building the site.
// CASES_DIR checks a folder of drafts the same way before they are moved into content/sentra.
const dir = process.env.CASES_DIR ?? 'content/sentra';
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => `${dir}/${name}`);

let schema: SentraSchema;
beforeAll(async () => {
  schema = createSentraSchema(await getAreaIndex());
});

describe('the shipped cases', () => {
  it.each(files)('%s matches the schema and cites only its own sources', async (file) => {
    const data = (await validateCase(schema, readFrontmatter(file), file)) as { sources: { id: string }[] };
    expect(() =>
      validateBody(
        readFileSync(file, 'utf8'),
        data.sources.map((source) => source.id),
        file,
      ),
    ).not.toThrow();
  });
});
