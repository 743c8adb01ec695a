import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, runAstroBuild } from '../support/astro-build';
import { expectedMessages } from '../fixtures/expected-messages';
import { jombangFile } from '../support/case-file';
import { tempDir } from '../support/temp-dir';

describe('a build with a malformed case', () => {
  it('fails with one message naming the file and field, and leaves the last good dist/ in place', () => {
    const dir = tempDir('sentra-rusak-');
    const broken = readFileSync(jombangFile, 'utf8').replace("areaCode: '35.17.11.2016'", "areaCode: '35.17.11.2999'");
    expect(broken).toContain('35.17.11.2999');
    writeFileSync(join(dir, 'contoh-rusak.mdx'), broken);
    const before = statSync(join(distDir, 'index.html')).mtimeMs;

    const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: dir });

    expect(status).not.toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('→'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /contoh-rusak\.mdx:4 → areaCode: ditemukan "35\.17\.11\.2999"; seharusnya kode wilayah yang ada dalam daftar resmi Kemendagri/,
    );
    expect(statSync(join(distDir, 'index.html')).mtimeMs).toBe(before);
  });

  it('refuses an unsafe story body the same way, with the message npm run check gives', () => {
    const dir = tempDir('sentra-skrip-');
    writeFileSync(join(dir, 'skrip.mdx'), readFileSync('tests/fixtures/bad-cases/skrip.mdx', 'utf8'));
    const before = statSync(join(distDir, 'index.html')).mtimeMs;

    const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: dir });

    expect(status).not.toBe(0);
    expect(output).toContain(expectedMessages.skrip![0]);
    expect(statSync(join(distDir, 'index.html')).mtimeMs).toBe(before);
  });

  it('lists every problem of every file at once, each with the message npm run check gives', () => {
    const dir = tempDir('sentra-korpus-');
    cpSync('tests/fixtures/bad-cases', dir, { recursive: true });
    // Each mistake is made in a copy of one case: each copy gets its own title and story here, so
    // that only the files of kasus-ganda are one case committed twice.
    for (const name of Object.keys(expectedMessages).filter((name) => name !== 'kasus-ganda')) {
      const file = join(dir, `${name}.mdx`);
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        text.replace('Contoh Kendalsari', `Contoh ${name}`).replace('## Hasilnya', `## Hasilnya: ${name}`),
      );
    }

    const { status, output } = runAstroBuild({ SENTRA_CONTENT_DIR: dir });

    expect(status).not.toBe(0);
    // The files of one case committed twice name each other by their paths, which differ here.
    const single = Object.entries(expectedMessages).filter(([name]) => name !== 'kasus-ganda');
    const missing = single.flatMap(([, messages]) => messages.filter((message) => !output.includes(message)));
    expect(missing).toEqual([]);
    expect(output).toMatch(
      /kasus-ganda\/judul-sama\.mdx:2 → title: ditemukan "Sentra IKM Contoh Kendalsari" di tempat yang sama/,
    );
  });
});
