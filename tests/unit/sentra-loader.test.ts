import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { getAreaIndex } from '../../src/lib/area';
import { createSentraSchema } from '../../src/schema/sentra';
import { checkedParse } from '../../src/schema/sentra-loader';
import { CaseValidationError } from '../../src/schema/validate-case';

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
    const file = join(mkdtempSync(join(tmpdir(), 'loader-')), 'rusak.mdx');
    writeFileSync(file, '---\ntitle: Sentra tanpa kolom lain\n---\n\nIsi.\n');
    const astroParse = vi.fn(async () => ({}));
    await expect(checkedParse(schema, astroParse, () => false)(entry(file))).rejects.toThrow(CaseValidationError);
    expect(astroParse).not.toHaveBeenCalled();
  });
});
