import { readFileSync } from 'node:fs';
import { fromJS } from 'immutable';
import * as YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  entryChecker,
  entryFile,
  problemList,
  problemsHeading,
  refusedSave,
} from '../../src/lib/admin/browser/checking.js';
import { mdxFormat } from '../../src/lib/admin/browser/frontmatter.js';

// How the web editor checks an entry (src/lib/admin/browser/checking.js): the file a save would
// write, under the path it would have; the check itself is tests/unit/browser-check.test.ts's.
const collection = { folder: 'content/sentra', extension: 'mdx' };
const file = 'content/sentra/slag-aluminium-kendalsari-jombang.mdx';
const text = readFileSync(file, 'utf8');

describe('the web editor’s check of an entry', () => {
  it('checks the file a save would write, under the entry’s path', async () => {
    const format = mdxFormat(YAML);
    const data = format.fromFile(text);
    const seen: [string, string][] = [];
    const check = entryChecker(
      async (written, path) => {
        seen.push([written, path]);
        return [];
      },
      format.toFile,
      collection,
    );
    // The CMS hands entries over as Immutable maps, as it does to its own listeners.
    await check(fromJS({ path: file, slug: 'slag-aluminium-kendalsari-jombang', data }));
    expect(seen).toEqual([[text, file]]);
  });

  it('names a new entry’s file by its slug in the collection’s folder', () => {
    expect(entryFile(fromJS({ slug: 'batik-baru', data: {} }), collection)).toBe('content/sentra/batik-baru.mdx');
    expect(entryFile({ path: file }, collection)).toBe(file);
  });

  it('refuses a save with every problem, in the words the CMS shows', () => {
    const problems = ['a.mdx:4 → areaCode: ditemukan "x"; seharusnya y.', 'a.mdx:9 → isi: ditemukan z; seharusnya w.'];
    const error = refusedSave(problems);
    // Sveltia CMS shows the cause's message only for an error that says `saving_failed`.
    expect(error.message).toBe('saving_failed');
    expect((error.cause as Error).message).toBe(`${problemsHeading(2)}:\n${problems.join('\n')}`);
    expect(problemsHeading(2)).toBe('2 masalah harus diperbaiki sebelum kasus ini dapat disimpan');
  });

  it('lists the problems over the preview, and nothing when there is none', () => {
    const h = (tag: string, props: unknown, ...children: unknown[]) => ({ tag, props, children });
    expect(problemList(h, [])).toBeNull();
    const list = problemList(h, ['satu', 'dua']) as { tag: string; props: Record<string, string>; children: unknown[] };
    expect(list.tag).toBe('section');
    expect(list.props.role).toBe('alert');
    expect(JSON.stringify(list.children)).toContain('"satu"');
    expect(JSON.stringify(list.children)).toContain('"dua"');
  });
});
