// `npm run new`: scaffolds a case file in content/sentra from a few answers (see content/README.md).
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prompt from '@clack/prompts';
import { getAreaIndex, resolvePlace } from '../place/area';
import { slugFromTitle } from '../lib/editor/case-slug';
import { renderCaseTemplate } from '../lib/editor/case-template';
import { findPlaceholders } from '../lib/editor/placeholders';
import { flagHelp, readFlags, type Flags } from './new-case-args';
import { checkSlug } from './new-case-checks';
import { missingFlags, readAnswers, type Answers } from './new-case-flags';
import { askAnswers, speakIndonesian } from './new-case-prompts';

function fail(lines: string[]): never {
  console.error(['npm run new: tidak ada file yang ditulis.', ...lines.map((line) => `  ${line}`)].join('\n'));
  process.exit(1);
}

function readCommandLine(): Flags {
  try {
    return readFlags(process.argv.slice(2));
  } catch (error) {
    // Node's own message is in English; the flag it names is what the editor needs.
    const option = /'(-[^']+)'/.exec((error as Error).message)?.[1] ?? '';
    return fail([`flag tidak dikenal atau tanpa nilai: ${option}`, 'Lihat bantuannya: npm run new -- --help']);
  }
}

const today = () => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

const flags = readCommandLine();
if (flags.help) {
  console.log(flagHelp);
  process.exit(0);
}
if (!existsSync(flags.dir) || !statSync(flags.dir).isDirectory()) fail([`--dir: folder "${flags.dir}" tidak ada`]);

const index = await getAreaIndex();
const reading = readAnswers(flags, index);
// Without a terminal (a script, CI) nothing can be asked: every answer must come from the flags.
const interactive = !flags.yes && process.stdin.isTTY === true && process.stdout.isTTY === true;
let answers: Answers;
if (interactive) {
  speakIndonesian();
  prompt.intro('Kasus sentra baru');
  if (reading.problems.length > 0) fail(reading.problems);
  if (reading.placeProblem && flags.area) prompt.log.warn(reading.placeProblem);
  answers = await askAnswers(index, reading, flags.area ? undefined : flags.place);
} else {
  const missing = missingFlags(flags);
  const problems = [...reading.problems, ...(reading.placeProblem ? [reading.placeProblem] : [])];
  if (missing.length > 0) problems.push(`belum diberikan: ${missing.join(', ')}`);
  if (problems.length > 0) fail([...problems, 'Tanpa --yes, di terminal, pertanyaan yang belum dijawab ditanyakan.']);
  answers = reading.answers as Answers;
}

// The regency (or the province, for a province code) makes the name unique across the country.
const place = resolvePlace(index, answers.areaCode);
const proposed = slugFromTitle(answers.title, (place?.regency ?? place?.province)?.name);
let slug = answers.slug ?? proposed;
if (interactive && !answers.slug) {
  const typed = await prompt.text({
    message: 'Nama file (menjadi alamat /sentra/<nama>/)',
    initialValue: proposed,
    validate: (value) => checkSlug(value, flags.dir),
  });
  if (prompt.isCancel(typed)) fail(['Dibatalkan.']);
  slug = typed;
}
const slugProblem = checkSlug(slug, flags.dir);
if (slugProblem) fail([`--slug: ${slugProblem}. Pilih nama lain dengan --slug.`]);

const file = join(flags.dir, `${slug}.mdx`);
const text = renderCaseTemplate({ ...answers, today: today() });
try {
  // `wx` fails if the file appeared meanwhile: an existing case is never overwritten.
  writeFileSync(file, text, { flag: 'wx' });
} catch (error) {
  fail([`${file} tidak dapat ditulis: ${(error as Error).message}`]);
}

const steps = [
  `1. Buka ${file} dan ganti ${findPlaceholders(text).length} penanda "BELUM DIISI" dengan fakta dari sumber.`,
  `   Setiap kolom dijelaskan di content/README.md. Jangan mengarang angka.`,
  `2. npm run check   memeriksa kasus dan menyebut setiap kesalahan.`,
  `3. npm run dev     pratinjau di http://localhost:4321/sentra/${slug}/`,
  `4. git add ${file}`,
  `   git commit -m "Kasus baru: ${answers.title.replaceAll('"', "'")}"`,
].join('\n');
if (interactive) {
  prompt.note(steps, 'Langkah berikutnya');
  prompt.outro(`${file} dibuat.`);
} else {
  console.log(`${file} dibuat.\n\nLangkah berikutnya:\n${steps}`);
}
