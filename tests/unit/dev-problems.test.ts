import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageProblems, type DevCollection } from '../../src/content-check/dev-problems';
import { getAreaIndex } from '../../src/place/area';
import { guideSchema } from '../../src/schema/guide';
import { createSentraSchema } from '../../src/schema/sentra';
import { tempDir } from '../support/temp-dir';

// Under `npm run dev` the page of a broken case shows the build's own message; every other page,
// and every address that is not a case's page, goes on as usual.
const schema = createSentraSchema(await getAreaIndex());
const valid = 'tests/fixtures/valid-case.mdx';

function collections(): { sentra: string; collections: DevCollection[] } {
  const sentra = relative(process.cwd(), tempDir('dev-sentra-'));
  return {
    sentra,
    collections: [
      { route: '/sentra/', dir: sentra, schema: async () => schema },
      { route: '/panduan/', dir: 'content/panduan', schema: async () => guideSchema },
    ],
  };
}

describe('the problems a page shows under npm run dev', () => {
  it('are those of its own file, as the check words them, read from the file as it is now', async () => {
    const { sentra, collections: list } = collections();
    const broken = readFileSync(valid, 'utf8').replace("areaCode: '35.17.11.2016'", "areaCode: '35.17.11.2999'");
    writeFileSync(join(sentra, 'rusak.mdx'), broken);
    copyFileSync(valid, join(sentra, 'baik.mdx'));

    expect(await pageProblems('/sentra/rusak/', list)).toEqual([
      `${sentra}/rusak.mdx:4 → areaCode: ditemukan "35.17.11.2999"; seharusnya kode wilayah yang ada dalam daftar resmi Kemendagri (paket idn-area-data).`,
    ]);
    expect(await pageProblems('/sentra/baik/', list)).toEqual([]);

    copyFileSync(valid, join(sentra, 'rusak.mdx'));
    expect(await pageProblems('/sentra/rusak/', list)).toEqual([]);
  });

  it('are found in a subfolder too, and for a guide', async () => {
    const { sentra, collections: list } = collections();
    mkdirSync(join(sentra, 'lama'));
    writeFileSync(join(sentra, 'lama', 'rusak.mdx'), readFileSync('tests/fixtures/bad-cases/tab-di-yaml.mdx'));
    expect(await pageProblems('/sentra/rusak/', list)).toEqual([
      `${sentra}/lama/rusak.mdx:7 → frontmatter: ditemukan tab untuk indentasi; seharusnya spasi (dua untuk setiap tingkat), karena YAML tidak menerima tab.`,
    ]);
    expect(await pageProblems('/panduan/replikasi/', list)).toEqual([]);
  });

  it('are none for any other address', async () => {
    const { sentra, collections: list } = collections();
    writeFileSync(join(sentra, 'rusak.mdx'), '---\ntitle: x\n---\n');
    for (const path of ['/', '/sentra/', '/sentra/provinsi/jawa-timur/', '/og/rusak.png', '/cari/', '/sentra/%E0/']) {
      expect(await pageProblems(path, list), path).toEqual([]);
    }
  });
});
