import { parseFrontmatter } from 'astro/markdown';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFlags } from '../../src/cli/new-case-args';
import { missingFlags, placeFromFlags, readAnswers } from '../../src/cli/new-case-flags';
import { speakIndonesian } from '../../src/cli/new-case-prompts';
import { settings } from '@clack/prompts';
import { unfinishedProblems } from '../../src/content-check/case-check';
import { getAreaIndex, type AreaIndex } from '../../src/place/area';
import { findPlaceholders } from '../../src/lib/editor/placeholders';
import { createSentraSchema } from '../../src/schema/sentra';
import { validateBody, validateCase } from '../support/validate-case';
import { tempDir } from '../support/temp-dir';

// `npm run new` exactly as a script runs it: flags only, no terminal (stdin is not a TTY).
function runNew(args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const jombang = [
  ['--title', 'Sentra IKM Slag Aluminium Kendalsari'],
  ['--place', 'Kendalsari'],
  ['--area', '35.17.11.2016'],
  ['--sector', 'logam'],
  ['--scheme', 'dak-fisik-ikm'],
  ['--source-url', 'https://radarjombang.jawapos.com/berita/1'],
  ['--source-publisher', 'Jawa Pos Radar Jombang'],
  ['--yes'],
].flat();

let index: AreaIndex;
let dir: string;
let first: ReturnType<typeof runNew>;
// Each run starts Node and reads the list of 84.000 villages; a busy machine needs more than 5 s.
const spawnTimeout = 30_000;
const file = () => join(dir, 'slag-aluminium-kendalsari-jombang.mdx');

beforeAll(async () => {
  index = await getAreaIndex();
  dir = tempDir('sentra-new-');
  first = runNew([...jombang, '--dir', dir]);
}, spawnTimeout);

describe('npm run new, with flags', () => {
  it('writes a case named after the title and regency that the real schema accepts', async () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const text = readFileSync(file(), 'utf8');
    const schema = createSentraSchema(await getAreaIndex());
    const data = await validateCase(schema, parseFrontmatter(text).frontmatter, file());
    expect(data).toMatchObject({ kind: 'pelajaran', areaCode: '35.17.11.2016', sector: 'logam', metrics: [] });
    expect(() => validateBody(text, ['S1'], file())).not.toThrow();
    expect(findPlaceholders(text).length).toBeGreaterThan(5);
  });

  it('leaves the day of the check for the editor to confirm: shown by npm run dev, refused by npm run check', () => {
    const text = readFileSync(file(), 'utf8');
    const lastVerified = findPlaceholders(text).find((line) => line.text.startsWith('lastVerified:'));
    expect(lastVerified?.text).toMatch(/^lastVerified: '\d{4}-\d{2}-\d{2}' # BELUM DIISI: /);
    expect(unfinishedProblems(file(), text)).toContainEqual(
      expect.stringContaining(`:${lastVerified?.line} → penanda`),
    );
  });

  it('prints the next steps: fill in, check, preview, commit', () => {
    const steps = [
      'BELUM DIISI',
      'npm run check',
      'npm run dev',
      '/sentra/slag-aluminium-kendalsari-jombang/',
      'git add',
    ];
    expect(steps.filter((step) => !first.stdout.includes(step))).toEqual([]);
  });

  it(
    'refuses to overwrite a case that exists, and leaves it as it was',
    () => {
      writeFileSync(file(), 'diisi editor');
      const again = runNew([...jombang, '--dir', dir]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain(
        'slag-aluminium-kendalsari-jombang.mdx sudah ada, dan kasus yang ada tidak ditimpa',
      );
      expect(readFileSync(file(), 'utf8')).toBe('diisi editor');
      expect(readdirSync(dir)).toEqual(['slag-aluminium-kendalsari-jombang.mdx']);
    },
    spawnTimeout,
  );
});

describe('the flags, read before anything is written', () => {
  it('lists the places an ambiguous name could be, with their codes, instead of choosing one', () => {
    const problem = placeFromFlags(index, 'Sukamaju');
    expect(typeof problem).toBe('string');
    const listed = String(problem).match(/--area \d{2}\.\d{2}\.\d{2}\.\d{4} +Desa Sukamaju, Kecamatan/g) ?? [];
    expect(listed.length).toBeGreaterThan(5);
  });

  it('takes a name that only one place has, and a code that names a place of that name', () => {
    expect(placeFromFlags(index, 'Kendalsari, Jombang')).toMatchObject({ code: '35.17.11.2016' });
    expect(placeFromFlags(index, 'Kendalsari', '35.17.11.2016')).toMatchObject({ code: '35.17.11.2016' });
    expect(placeFromFlags(index, 'Kendalsari', '35.17.11.2015')).toMatch(
      /^--area 35\.17\.11\.2015 adalah Desa .*, bukan/,
    );
    expect(placeFromFlags(index, undefined, '35.17.11.9999')).toMatch(/^--area: ditemukan "35.17.11.9999"/);
  });

  it('reports every wrong flag at once, each with what was found and what is expected', () => {
    const flags = readFlags([
      '--sector',
      'batik',
      '--scheme',
      'dak',
      '--source-url',
      'ftp://x',
      '--source-date',
      '17/08/2024',
    ]);
    expect(readAnswers(flags, index).problems).toEqual([
      expect.stringMatching(/^--sector: ditemukan "batik"; seharusnya salah satu dari: logam, tekstil-batik, /),
      expect.stringMatching(/^--scheme: ditemukan "dak"; seharusnya salah satu dari: dak-fisik-ikm, /),
      '--source-url: ditemukan "ftp://x"; seharusnya alamat lengkap yang diawali http:// atau https://',
      '--source-date: ditemukan "17/08/2024"; seharusnya tanggal berbentuk YYYY, YYYY-MM atau YYYY-MM-DD',
    ]);
    expect(missingFlags(flags)).toEqual(['--title', '--place atau --area', '--source-publisher']);
  });

  it('refuses a day the calendar does not have, as the schema does', () => {
    expect(readAnswers(readFlags(['--source-date', '2023-02-29']), index).problems).toEqual([
      '--source-date: ditemukan "2023-02-29"; seharusnya tanggal yang ada di kalender: Februari 2023 hanya sampai tanggal 28',
    ]);
    expect(readAnswers(readFlags(['--source-date', '2024-02-29']), index).problems).toEqual([]);
  });

  it('refuses a flag it does not know, so that a typo is not silently ignored', () => {
    expect(() => readFlags(['--titel', 'x'])).toThrow(/--titel/);
  });
});

describe('the prompts', () => {
  it('have clack say its own words in Indonesian where it lets them be set', () => {
    speakIndonesian();
    expect(settings.messages).toEqual({ cancel: 'Dibatalkan', error: 'Terjadi kesalahan' });
    expect(settings.date.monthNames.slice(0, 2)).toEqual(['Januari', 'Februari']);
    expect(settings.date.messages.invalidDay(28, 'Februari')).toBe('Februari hanya sampai tanggal 28');
  });
});

describe('content/README.md', () => {
  it('shows a command for scripts that the flags accept as it is written', () => {
    const manual = readFileSync('content/README.md', 'utf8');
    const command = /```sh\nnpm run new -- (.+)\n```/.exec(manual)?.[1] ?? '';
    // Shell words: quoted runs or runs without spaces, with the quotes taken off.
    const args = (command.match(/"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^"|"$/g, ''));
    expect(args).toContain('--yes');
    const flags = readFlags(args);
    expect(readAnswers(flags, index)).toMatchObject({ problems: [], placeProblem: undefined });
    expect(missingFlags(flags)).toEqual([]);
  });
});
