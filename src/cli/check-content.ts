// `npm run check`: every problem in every case and guide, in seconds and without a build, each as
// `file:line → field: ditemukan …; seharusnya …`. The build runs the same checks on the same files.
import { readFileSync, statSync } from 'node:fs';
import { getAreaIndex } from '../place/area.ts';
import { caseFileProblems, unfinishedProblems } from '../content-check/case-check.ts';
import { mdxFilesIn } from '../content-check/mdx-files.ts';
import { guideSchema } from '../schema/guide.ts';
import { createSentraSchema } from '../schema/sentra.ts';

/** Every `.mdx` file under a folder, or the file itself. */
function mdxFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (!statSync(path).isDirectory()) return [path];
  return mdxFilesIn(path);
}

const caseDir = process.env.SENTRA_CONTENT_DIR || 'content/sentra';
const cases = mdxFiles(caseDir);
const guides = mdxFiles('content/panduan');
const schema = createSentraSchema(await getAreaIndex());
const read = (file: string) => readFileSync(file, 'utf8');

const problems = [
  ...(await caseFileProblems(schema, cases, read)),
  ...(await caseFileProblems(guideSchema, guides, read)),
  ...[...cases, ...guides].flatMap((file) => unfinishedProblems(file, read(file))),
];
for (const problem of problems) console.error(problem);
const checked = `${cases.length} kasus dan ${guides.length} panduan diperiksa`;
if (problems.length > 0) {
  console.error(`\n${checked}: ${problems.length} masalah. Penjelasan setiap kolom ada di content/README.md.`);
  process.exit(1);
}
console.log(`${checked}: tidak ada masalah.`);
