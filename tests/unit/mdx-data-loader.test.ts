import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { mdxDataLoader } from '../../src/content-loader/mdx-data-loader';
import { getAreaIndex } from '../../src/place/area';
import { createSentraSchema } from '../../src/schema/sentra';
import { CaseValidationError } from '../../src/content-check/case-error';
import { tempDir } from '../support/temp-dir';

const schema = createSentraSchema(await getAreaIndex());
const validCase = join(import.meta.dirname, '../fixtures/valid-case.mdx');
const otherCase = readFileSync(validCase, 'utf8').replace('Kendalsari', 'Lain').replace('## Hasilnya', '## Hasil lain');

type Stored = { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } };

/** A loader context of a build: a store in memory and Astro's parse as a spy. */
function context(watching = false) {
  const entries = new Map<string, Stored>();
  const store = {
    get: (id: string) => entries.get(id),
    set: vi.fn((entry: Stored) => void entries.set(entry.id, entry)),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  };
  const parseData = vi.fn(async ({ data }: { data: Record<string, unknown> }) => ({ ...data, from: 'astro' }));
  const generateDigest = (text: string) => String(text.length) + text.slice(-40);
  // `npm run dev` alone hands the loader a watcher of the files; its logger prints to the terminal.
  const logger = { error: vi.fn() };
  const watcher = watching ? { add: vi.fn(), on: vi.fn() } : undefined;
  return {
    entries,
    store,
    parseData,
    logger,
    value: { store, parseData, generateDigest, logger, watcher } as unknown as LoaderContext,
  };
}

function folderWith(...files: [string, string][]): string {
  const folder = tempDir('pemuat-');
  for (const [name, from] of files) copyFileSync(from, join(folder, name));
  return relative(process.cwd(), folder);
}

describe('the loader of cases', () => {
  it('stores each case with the data it checked and its body as HTML, without Astro parsing it again', async () => {
    const { entries, parseData, value } = context();
    await mdxDataLoader({ base: folderWith(['contoh.mdx', validCase]), schema }).load(value);
    const entry = entries.get('contoh');
    expect(entry?.data).toMatchObject({ title: 'Sentra IKM Contoh Kendalsari', areaCode: '35.17.11.2016' });
    expect(entry?.rendered?.html).toContain('<sup class="source-refs" data-pagefind-ignore><a href="#sumber-');
    expect(parseData).not.toHaveBeenCalled();
  });

  it('leaves the parse to Astro where the data needs its schema (photos for its image pipeline)', async () => {
    const { entries, parseData, value } = context();
    await mdxDataLoader({ base: folderWith(['contoh.mdx', validCase]), schema, needsAstro: () => true }).load(value);
    expect(parseData).toHaveBeenCalledOnce();
    expect(entries.get('contoh')?.data.from).toBe('astro');
  });

  it('enriches the data it stores as checked, and leaves the data Astro parses to the collection’s schema', async () => {
    const { entries, value } = context();
    const enrich = (data: { areaCode: string }) => ({ ...data, place: `tempat ${data.areaCode}` });
    const base = folderWith(['contoh.mdx', validCase], ['foto.mdx', validCase]);
    writeFileSync(join(base, 'foto.mdx'), otherCase);
    const needsAstro = (data: { title: string }) => data.title.includes('Lain');
    await mdxDataLoader({ base, schema, enrich, needsAstro }).load(value);
    expect(entries.get('contoh')?.data).toMatchObject({ areaCode: '35.17.11.2016', place: 'tempat 35.17.11.2016' });
    expect(entries.get('foto')?.data).toMatchObject({ from: 'astro' });
    expect(entries.get('foto')?.data).not.toHaveProperty('place');
  });

  it('stops on a case with a problem, with the check’s message, and stores nothing of it', async () => {
    const base = folderWith();
    writeFileSync(join(base, 'rusak.mdx'), '---\ntitle: Sentra tanpa kolom lain\n---\n\nIsi.\n');
    const { entries, value } = context();
    await expect(mdxDataLoader({ base, schema }).load(value)).rejects.toThrow(CaseValidationError);
    await expect(mdxDataLoader({ base, schema }).load(value)).rejects.toThrow(/rusak\.mdx:\d+ → /);
    expect(entries.size).toBe(0);
  });

  it('keeps an unchanged file from the last load, and forgets a file that is gone or has moved', async () => {
    // Two cases: one file of each, so neither is the other committed twice.
    const base = folderWith(['tetap.mdx', validCase]);
    writeFileSync(join(base, 'pindah.mdx'), otherCase);
    const { entries, store, value } = context();
    await mdxDataLoader({ base, schema }).load(value);
    expect(store.set).toHaveBeenCalledTimes(2);
    mkdirSync(join(base, 'sub'));
    copyFileSync(join(base, 'pindah.mdx'), join(base, 'sub', 'pindah.mdx'));
    writeFileSync(join(base, 'pindah.mdx'), '');
    const { rmSync } = await import('node:fs');
    rmSync(join(base, 'pindah.mdx'));
    await mdxDataLoader({ base, schema }).load(value);
    // tetap.mdx is kept; pindah.mdx is read again from where it now is.
    expect(store.set).toHaveBeenCalledTimes(3);
    expect([...entries.keys()].sort()).toEqual(['pindah', 'tetap']);
  });

  it('lists every broken file at once in a build, one case in two files included', async () => {
    const base = folderWith(['asli.mdx', validCase], ['salinan.mdx', validCase]);
    writeFileSync(join(base, 'rusak.mdx'), '---\ntitle: Sentra tanpa kolom lain\n---\n\nIsi.\n');
    const { value } = context();
    const error = await mdxDataLoader({ base, schema })
      .load(value)
      .catch((thrown: Error) => thrown);
    expect(error).toBeInstanceOf(CaseValidationError);
    const lines = (error as Error).message.split('\n');
    expect(lines.filter((line) => /asli\.mdx:2 → title: .*salinan\.mdx/.test(line))).toHaveLength(1);
    expect(lines.filter((line) => /salinan\.mdx:54 → isi: ditemukan cerita yang sama/.test(line))).toHaveLength(1);
    expect(lines.filter((line) => /rusak\.mdx:\d+ → /.test(line)).length).toBeGreaterThan(0);
  });

  it('under npm run dev, reports a broken file in the terminal and loads every other one', async () => {
    const base = folderWith(['baik.mdx', validCase]);
    writeFileSync(join(base, 'rusak.mdx'), '---\ntitle: Sentra tanpa kolom lain\n---\n\nIsi.\n');
    const { entries, logger, value } = context(true);
    await mdxDataLoader({ base, schema }).load(value);
    expect([...entries.keys()]).toEqual(['baik']);
    expect(logger.error).toHaveBeenCalledOnce();
    expect(logger.error.mock.calls[0]?.[0]).toMatch(/rusak\.mdx:\d+ → managingBody: ditemukan \(tidak ada\)/);
  });

  it('under npm run dev, forgets a file that breaks while the server runs, and takes it back once fixed', async () => {
    const base = folderWith(['baik.mdx', validCase]);
    const { entries, logger, value } = context(true);
    await mdxDataLoader({ base, schema }).load(value);
    const onChange = (value.watcher!.on as ReturnType<typeof vi.fn>).mock.calls.find(
      ([event]) => event === 'change',
    )?.[1];
    const file = join(process.cwd(), base, 'baik.mdx');
    const settled = () => new Promise((done) => setTimeout(done, 50));

    writeFileSync(file, readFileSync(validCase, 'utf8').replace("areaCode: '35.17.11.2016'", "areaCode: 'Jombang'"));
    onChange(file);
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledOnce());
    expect(entries.has('baik')).toBe(false);

    copyFileSync(validCase, file);
    onChange(file);
    await vi.waitFor(() => expect(entries.has('baik')).toBe(true));
    await settled();
    expect(logger.error).toHaveBeenCalledOnce();
  });
});
