import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../support/case-file';
import {
  growthAcrossKinds,
  incomparableMetrics,
  quotedWordings,
  undatedStatuses,
  unknownSchemes,
} from '../support/case-rules';
import { readPage } from '../support/dist';

// Issue 28's rules over every built case page; tests/unit/case-rules.test.ts shows each failing.
const cases = readdirSync('content/sentra')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const slug = name.replace(/\.mdx$/, '');
    const data = readFrontmatter(`content/sentra/${name}`) as { metrics?: Parameters<typeof growthAcrossKinds>[1] };
    return [slug, { data, page: readPage(`sentra/${slug}/index.html`) }] as const;
  });

describe('every case page', () => {
  it.each(cases)('%s sets no wording of a figure in quotation marks', (_, { data, page }) => {
    expect(quotedWordings(page, data)).toEqual([]);
  });

  it.each(cases)('%s derives no growth across kinds, units or a pair marked not comparable', (_, { data, page }) => {
    expect(growthAcrossKinds(page, data.metrics ?? [])).toEqual([]);
  });

  it.each(cases)('%s shows no status without the date of its report', (_, { page }) => {
    expect(undatedStatuses(page)).toEqual([]);
  });

  it.each(cases)('%s names funding schemes only from the vocabulary', (_, { page }) => {
    expect(unknownSchemes(page)).toEqual([]);
  });

  it('holds metrics that may not be compared, so the growth rule is tried on real pages', () => {
    expect(cases.flatMap(([, { data }]) => incomparableMetrics(data.metrics ?? [])).length).toBeGreaterThan(5);
  });
});
