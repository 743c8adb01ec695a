import { readdirSync, readFileSync } from 'node:fs';
import * as YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAmount, showAmount } from '../../src/lib/admin/browser/amount.js';
import { mdxFormat, type Entry } from '../../src/lib/admin/browser/frontmatter.js';
import { previewModel, storyBlocks } from '../../src/lib/admin/browser/preview.js';

// The web editor reads and writes the case files through this format (src/lib/admin/browser/
// frontmatter.js), in the browser with the same `yaml` package: what it does to the real cases.
const dir = 'content/sentra/';
const cases = readdirSync(dir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => [file, readFileSync(`${dir}${file}`, 'utf8')] as const);

const defaults: Record<string, unknown> = { kind: 'kisah', 'metrics.better': 'higher', 'metrics.comparable': true };
const defaultOf = (path: (string | number)[]) => defaults[path.filter((part) => typeof part === 'string').join('.')];

/** The lines of `b` that differ from `a`'s, where both have as many. */
const changedLines = (a: string, b: string) => {
  const before = a.split('\n');
  return b.split('\n').filter((line, index) => line !== before[index]);
};

describe('the web editor’s MDX format', () => {
  it.each(cases)('saves %s unchanged byte for byte', (_, text) => {
    const format = mdxFormat(YAML, defaultOf);
    expect(format.toFile(format.fromFile(text))).toBe(text);
  });

  it.each(cases)('saves %s byte for byte when the editor filled in what the file left out', (_, text) => {
    const format = mdxFormat(YAML, defaultOf);
    const entry = format.fromFile(text) as Entry & { metrics?: Record<string, unknown>[] };
    const filled = {
      kind: 'kisah',
      otherAreaCodes: [],
      featured: false,
      ...entry,
      metrics: entry.metrics?.map((metric) => ({ better: 'higher', comparable: true, note: '', ...metric })),
    };
    expect(format.toFile(filled)).toBe(text);
  });

  it('changes only the line of a changed figure, in the file’s own style', () => {
    const [, text] = cases.find(([file]) => file.startsWith('slag-aluminium'))!;
    const format = mdxFormat(YAML, defaultOf);
    const entry = structuredClone(format.fromFile(text)) as any;
    entry.ikmUnits.value = 26;
    entry.metrics[1].after.value = [1500000000, 2500000000];
    entry.kind = 'kisah';
    const saved = format.toFile(entry);
    expect(changedLines(text, saved)).toEqual(['  value: 26', '      value: [1500000000, 2500000000]']);
    // `kind: kisah`, the default, is not added to a file that left it out.
    delete entry.kind;
    expect(format.fromFile(saved)).toEqual(entry);
  });

  it('writes a list of another length and a new field where they belong, and the body as typed', () => {
    const [, text] = cases.find(([file]) => file.startsWith('slag-aluminium'))!;
    const format = mdxFormat(YAML, defaultOf);
    const entry = structuredClone(format.fromFile(text)) as any;
    entry.managingBody.sources = ['S1.1', 'S1.3'];
    entry.managingBody.role = 'mengelola pabrik bersama';
    entry.body = `${entry.body}\nKalimat baru <Ref id="S1.1" />.\n`;
    const saved = format.toFile(entry);
    expect(saved).toContain('  sources: [S1.1, S1.3]\n  role: mengelola pabrik bersama\n');
    expect(saved.endsWith('\nKalimat baru <Ref id="S1.1" />.\n')).toBe(true);
    expect(format.fromFile(saved)).toEqual(entry);
  });

  it('writes a new case with its frontmatter and body', () => {
    const format = mdxFormat(YAML, defaultOf);
    const saved = format.toFile({ title: 'Sentra baru', lastVerified: '2026-12-01', featured: false, body: 'Teks.\n' });
    expect(saved).toBe('---\ntitle: Sentra baru\nlastVerified: 2026-12-01\n---\n\nTeks.\n');
  });
});

describe('the web editor’s amount field', () => {
  it('reads a number or a range, and shows it back', () => {
    expect(parseAmount('26')).toBe(26);
    expect(parseAmount(' 200000000 – 300000000 ')).toEqual([200000000, 300000000]);
    expect(parseAmount('11-19')).toEqual([11, 19]);
    expect(parseAmount('2.5')).toBe(2.5);
    expect(parseAmount('')).toBeUndefined();
    expect(showAmount([1500000000, 2000000000])).toBe('1500000000–2000000000');
    expect(showAmount(25)).toBe('25');
  });

  it('keeps as text what is no plain number, for the check to reject', () => {
    for (const text of ['1.500', '1,5', 'Rp200 juta', '1-2-3', '12.345.678']) expect(parseAmount(text)).toBe(text);
  });
});

describe('the web editor’s preview of a case', () => {
  it('shows the metric cards and the story with its citations numbered as on the page', () => {
    const [, text] = cases.find(([file]) => file.startsWith('slag-aluminium'))!;
    const entry = mdxFormat(YAML).fromFile(text);
    const model = previewModel(entry, { orang: 'orang', 'rupiah-per-tahun': 'rupiah per tahun' });
    expect(model.title).toBe('Sentra IKM Slag Aluminium Kendalsari');
    expect(model.metrics[0]).toEqual({ label: 'Tenaga kerja', before: '11–19 orang', after: '200 orang' });
    expect(model.metrics[1]?.after).toBe('1.500.000.000–2.000.000.000 rupiah per tahun');
    expect(model.story.some((block) => block.kind === 'heading')).toBe(true);
    expect(model.story.map((block) => block.text).join('\n')).not.toMatch(/<Ref|<\/?Note/);
  });

  it('numbers a citation by its source’s place in the list', () => {
    expect(storyBlocks('## Judul\n\nOmzet *slag* naik <Ref id="B2" />.', ['B1', 'B2'])).toEqual([
      { kind: 'heading', text: 'Judul' },
      { kind: 'paragraph', text: 'Omzet slag naik [2].' },
    ]);
  });
});
