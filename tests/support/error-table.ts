// The table of error messages in content/README.md, made from the corpus of bad cases so that it
// shows the messages editors really get: `npm run docs:errors` rewrites it, and
// tests/unit/error-table.test.ts fails when it has drifted from the real messages.
import { readFileSync, writeFileSync } from 'node:fs';
import { expectedMessages } from '../fixtures/expected-messages.ts';

export const readmePath = 'content/README.md';
export const start = '<!-- tabel-pesan: dibuat oleh npm run docs:errors -->';
export const end = '<!-- akhir tabel-pesan -->';

const escape = (text: string) => text.replaceAll('|', '\\|').replaceAll('<', '&lt;');

/** One row per message: the example file, the field, what was found, what to do instead. */
export function errorRows(): string[][] {
  return Object.entries(expectedMessages).flatMap(([name, messages]) =>
    messages.map((message) => {
      const match = /^[^:]+:\d+ → (.+?): ditemukan (.+); seharusnya (.+)\.$/.exec(message);
      if (!match) throw new Error(`Unexpected message shape: ${message}`);
      const [, field, found, expected] = match as unknown as [string, string, string, string];
      return [`\`${name}.mdx\``, escape(field), escape(found), escape(expected)];
    }),
  );
}

/** The markdown table, header first. */
export function renderErrorTable(): string {
  const rows = [
    ['Contoh berkas', 'Kolom', 'Ditemukan', 'Cara memperbaiki'],
    ['---', '---', '---', '---'],
    ...errorRows(),
  ];
  return rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The rows of the table as it stands in the README, cells trimmed (prettier pads them). */
export function readmeRows(readme: string): string[][] {
  const section = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end));
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync(readmePath, 'utf8');
  const before = readme.slice(0, readme.indexOf(start) + start.length);
  const after = readme.slice(readme.indexOf(end));
  writeFileSync(readmePath, `${before}\n\n${renderErrorTable()}\n\n${after}`);
  console.log(`${readmePath}: ${errorRows().length} pesan`);
}
