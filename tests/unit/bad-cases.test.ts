import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex } from '../../src/place/area';
import { caseFileProblems, unfinishedProblems } from '../../src/content-check/case-check';
import { createSentraSchema, type SentraSchema } from '../../src/schema/sentra';
import { companionFiles, expectedMessages } from '../fixtures/expected-messages';

const dir = 'tests/fixtures/bad-cases';
const read = (file: string) => readFileSync(file, 'utf8');
let schema: SentraSchema;
beforeAll(async () => {
  schema = createSentraSchema(await getAreaIndex());
});

describe('the corpus of bad cases', () => {
  it('holds at least 30 mistakes, each with its expected messages', () => {
    // The photos the cases point at sit in a folder beside them, as in content/sentra.
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, ''));
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names.sort()).toEqual(Object.keys(expectedMessages).sort());
  });

  it.each(Object.entries(expectedMessages))('%s is rejected with its message', async (name, messages) => {
    const companions = (companionFiles[name] ?? []).map((file) => `${dir}/${file}`);
    const problems = await caseFileProblems(schema, [`${dir}/${name}.mdx`, ...companions], read);
    expect(problems).toEqual(messages.map((message) => `${dir}/${message}`));
  });

  it('reads the same in the build’s terminal and the dev overlay as in npm run check', () => {
    // Astro shows an error's message as Markdown there (renderErrorMarkdown in
    // astro/dist/core/errors/dev/utils.js): a link [a](b) loses its brackets, **b** and `c` their marks.
    const markdown = /\[[^[]+\]\([^)]*\)|\*\*.+\*\*|`[^`]+`/;
    expect(
      Object.values(expectedMessages)
        .flat()
        .filter((message) => markdown.test(message)),
    ).toEqual([]);
  });

  it('starts from a valid case, so each file’s one mistake is the only cause', async () => {
    expect(await caseFileProblems(schema, ['tests/fixtures/valid-case.mdx'], read)).toEqual([]);
  });

  it('accepts a file saved by a Windows editor (CRLF line ends, a UTF-8 byte-order mark)', async () => {
    const text = read('tests/fixtures/windows-case.mdx');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(await caseFileProblems(schema, ['tests/fixtures/windows-case.mdx'], read)).toEqual([]);
  });

  it('names both files that would publish at one address', async () => {
    const files = ['content/sentra/batik.mdx', 'content/sentra/lama/batik.mdx'];
    // Two different cases, each with its own title and story, that only share a file name.
    const problems = await caseFileProblems(schema, files, (file) => {
      const place = file.includes('lama') ? 'Lama' : 'Baru';
      return read('tests/fixtures/valid-case.mdx')
        .replace('Kendalsari', place)
        .replace('## Hasilnya', `## Hasilnya di ${place}`);
    });
    expect(problems).toEqual([
      'content/sentra/batik.mdx:1 → nama berkas: ditemukan "batik", sama dengan content/sentra/lama/batik.mdx; seharusnya nama yang belum dipakai kasus lain, karena nama berkas menjadi alamat halaman.',
      'content/sentra/lama/batik.mdx:1 → nama berkas: ditemukan "batik", sama dengan content/sentra/batik.mdx; seharusnya nama yang belum dipakai kasus lain, karena nama berkas menjadi alamat halaman.',
    ]);
  });
});

describe('a draft from npm run new', () => {
  it('is refused by npm run check at every mark still unfilled', () => {
    const text = 'title: Sentra X\nsummary: "BELUM DIISI: ringkasan"\n';
    expect(unfinishedProblems('content/sentra/x.mdx', text)).toEqual([
      'content/sentra/x.mdx:2 → penanda BELUM DIISI: ditemukan "summary: "BELUM DIISI: ringkasan""; seharusnya fakta dari sumber di tempat penanda itu, atau baris itu dihapus.',
    ]);
  });
});
