import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { root } from '../support/astro-build';
import { tempDir } from '../support/temp-dir';

// `npm run dev` with one broken case: that case's page shows the check's message, every other page
// keeps working, and a case broken while the server runs does the same. The dev server needs no
// build; it runs here beside the site's tests because it takes as long to start as a small build.
const valid = readFileSync('tests/fixtures/valid-case.mdx', 'utf8');
const broken = (text: string) => text.replace("areaCode: '35.17.11.2016'", "areaCode: '35.17.11.2999'");
const other = valid.replace('Kendalsari', 'Lain').replace('## Hasilnya', '## Hasil di tempat lain');
const message = 'areaCode: ditemukan "35.17.11.2999"; seharusnya kode wilayah yang ada dalam daftar resmi Kemendagri';

let server: ChildProcess;
let output = '';
let address = '';
let dir = '';

beforeAll(async () => {
  dir = tempDir('sentra-dev-');
  copyFileSync('tests/fixtures/valid-case.mdx', join(dir, 'contoh-baik.mdx'));
  writeFileSync(join(dir, 'contoh-lain.mdx'), other);
  writeFileSync(
    join(dir, 'contoh-rusak.mdx'),
    broken(valid.replace('Kendalsari', 'Rusak').replace('## Hasilnya', '## Hasil yang rusak')),
  );
  server = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'dev', '--port', '4391'], {
    cwd: root,
    env: {
      // Vitest's own variables (NODE_ENV=test among them) would put the server in another mode.
      ...Object.fromEntries(
        Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
      ),
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_DEV_BACKGROUND: '0',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      SENTRA_CONTENT_DIR: dir,
    },
  });
  // Ready once it prints its address; a server that stops on the broken case fails at once.
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      address = /Local\s+(http:\/\/localhost:\d+\/)/.exec(output)?.[1] ?? '';
      if (address) resolve();
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.on('exit', (code) => reject(new Error(`astro dev stopped (${code}):\n${output}`)));
  });
}, 120_000);

afterAll(() => {
  server?.kill();
});

const status = async (path: string) => (await fetch(new URL(path, address))).status;

describe('npm run dev with a broken case', () => {
  it('starts, names the broken file in the terminal, and serves every other page', async () => {
    expect(output).toContain(`contoh-rusak.mdx:4 → ${message}`);
    expect(await status('/sentra/contoh-baik/')).toBe(200);
    expect(await status('/sentra/contoh-lain/')).toBe(200);
    expect(await status('/')).toBe(200);
    expect(await status('/sentra/')).toBe(200);
  });

  it('shows the check’s message on the broken case’s own page, as an error the overlay shows', async () => {
    const before = output.length;
    expect(await status('/sentra/contoh-rusak/')).toBe(500);
    expect(output.slice(before)).toContain(`[CaseValidationError] `);
    expect(output.slice(before)).toContain(`contoh-rusak.mdx:4 → ${message}`);
  });

  it('treats a case broken while it runs the same way, and takes it back once fixed', async () => {
    writeFileSync(join(dir, 'contoh-lain.mdx'), broken(other));
    await vi.waitFor(async () => expect(await status('/sentra/contoh-lain/')).toBe(500), { timeout: 20_000 });
    expect(await status('/sentra/contoh-baik/')).toBe(200);
    expect(await status('/')).toBe(200);

    writeFileSync(join(dir, 'contoh-lain.mdx'), other);
    await vi.waitFor(async () => expect(await status('/sentra/contoh-lain/')).toBe(200), { timeout: 20_000 });
  });
});
