import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { getAreaIndex } from '../../src/lib/area';
import { createSentraSchema } from '../../src/schema/sentra';
import { checkedParse, forgetMovedEntries } from '../../src/schema/sentra-loader';
import { CaseValidationError } from '../../src/schema/validate-case';
import { tempDir } from '../support/temp-dir';

const validCase = join(import.meta.dirname, '../fixtures/valid-case.mdx');
const schema = createSentraSchema(await getAreaIndex());
const entry = (filePath: string) => ({ id: 'kasus', data: {}, filePath });

describe('the loader’s parse of a case', () => {
  it('hands back the data it checked, without Astro parsing it again', async () => {
    const astroParse = vi.fn(async () => ({ from: 'astro' }));
    const data = await checkedParse(schema, astroParse, () => false)(entry(validCase));
    expect(astroParse).not.toHaveBeenCalled();
    expect(data).toMatchObject({ title: 'Sentra IKM Contoh Kendalsari', areaCode: '35.17.11.2016', photos: [] });
  });

  it('leaves the parse to Astro where the data needs its schema (photos for its image pipeline)', async () => {
    const astroParse = vi.fn(async () => ({ from: 'astro' }));
    const needsAstro = vi.fn(() => true);
    const data = await checkedParse(schema, astroParse, needsAstro)(entry(validCase));
    expect(needsAstro).toHaveBeenCalledWith(expect.objectContaining({ title: 'Sentra IKM Contoh Kendalsari' }));
    expect(astroParse).toHaveBeenCalledOnce();
    expect(data).toEqual({ from: 'astro' });
  });

  it('stops a case with a problem before either parse returns anything', async () => {
    const file = join(tempDir('loader-'), 'rusak.mdx');
    writeFileSync(file, '---\ntitle: Sentra tanpa kolom lain\n---\n\nIsi.\n');
    const astroParse = vi.fn(async () => ({}));
    await expect(checkedParse(schema, astroParse, () => false)(entry(file))).rejects.toThrow(CaseValidationError);
    expect(astroParse).not.toHaveBeenCalled();
  });
});

describe('the entries kept from the last build', () => {
  it('are forgotten where their file has moved, so it is read again where it now is', () => {
    const root = tempDir('loader-akar-');
    writeFileSync(join(root, 'tetap.mdx'), 'isi');
    const kept = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>([
      ['tetap', { id: 'tetap', data: {}, filePath: 'tetap.mdx' }],
      ['pindah', { id: 'pindah', data: {}, filePath: 'folder-lama/pindah.mdx' }],
      ['tanpa-berkas', { id: 'tanpa-berkas', data: {} }],
    ]);
    const store = { entries: () => [...kept], delete: (id: string) => void kept.delete(id) };
    expect(forgetMovedEntries(store, pathToFileURL(`${root}/`))).toEqual(['pindah']);
    expect([...kept.keys()]).toEqual(['tetap', 'tanpa-berkas']);
  });
});
