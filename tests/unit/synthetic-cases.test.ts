import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex } from '../../src/place/area';
import { caseFileProblems } from '../../src/content-check/case-check';
import { createSentraSchema } from '../../src/schema/sentra';
import { writeSyntheticCases } from '../bench/synthetic-cases';
import { readFrontmatter } from '../support/case-file';
import { tempDir } from '../support/temp-dir';

// The benchmark's cases must be what the site accepts, and weigh what real stories weigh: a
// generator that drifted from the schema would only be noticed when `npm run bench` failed.
const dir = tempDir('synthetic-');
const count = 24;
let files: string[] = [];
beforeAll(async () => {
  files = (await writeSyntheticCases(dir, count, 'test')).map((name) => join(dir, name));
});

const bodyOf = (file: string) => readFileSync(file, 'utf8').split(/^---$/m)[2]!;
const wordsOf = (body: string) =>
  body
    .replace(/<[^>]*>/g, '')
    .split(/\s+/)
    .filter((word) => /[a-z0-9]/i.test(word));

describe('the synthetic cases of the benchmark', () => {
  it('pass every check the build and `npm run check` run, body included', async () => {
    const schema = createSentraSchema(await getAreaIndex());
    const problems = await caseFileProblems(schema, files, (file) => readFileSync(file, 'utf8'));
    expect(problems).toEqual([]);
  });

  it('tell stories of about 900 words under headings, with citations, lists and an aside', () => {
    for (const file of files) {
      const body = bodyOf(file);
      expect(wordsOf(body).length).toBeGreaterThanOrEqual(800);
      expect(wordsOf(body).length).toBeLessThanOrEqual(1100);
      expect(body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(5);
      expect(body).toContain('<Ref id="S');
    }
    const all = files.map(bodyOf).join('\n');
    expect(all).toMatch(/^- /m);
    expect(all).toMatch(/^1\. /m);
    expect(all).toContain('<Note title=');
    // Varied words, not one paragraph repeated: most sentences occur once.
    const sentences = all.split(/(?<=\.)\s+/).filter((sentence) => wordsOf(sentence).length >= 5);
    expect(new Set(sentences).size).toBeGreaterThan(sentences.length * 0.95);
  });

  it('carry three or more metrics with ranges, several funding schemes, a timeline, factors and replication', () => {
    for (const file of files) {
      const data = readFrontmatter(file) as any;
      expect(data.metrics.length).toBeGreaterThanOrEqual(3);
      expect(data.funding.length).toBeGreaterThanOrEqual(2);
      expect(new Set(data.funding.map((item: any) => item.scheme)).size).toBe(data.funding.length);
      expect(data.timeline.length).toBeGreaterThanOrEqual(4);
      expect(data.factors.length).toBeGreaterThanOrEqual(3);
      expect(data.replication.length).toBeGreaterThanOrEqual(3);
      expect(data.sources.length).toBeGreaterThanOrEqual(4);
    }
    expect(readFileSync(files[0]!, 'utf8') + readFileSync(files[1]!, 'utf8')).toMatch(/value: \[\d+, ?\d+\]/);
  });

  it('are the same for the same seed, case by case whatever the count, and differ for another seed', async () => {
    const again = tempDir('synthetic-');
    const names = await writeSyntheticCases(again, 5, 'test');
    for (const name of names)
      expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(dir, name), 'utf8'));
    await writeSyntheticCases(again, 1, 'other');
    expect(readFileSync(join(again, names[0]!), 'utf8')).not.toBe(readFileSync(join(dir, names[0]!), 'utf8'));
  });
});
