import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleAdminCheck } from '../../src/build-time/admin-check-bundle';
import {
  areaLists,
  caseFilesIn,
  caseIdentities,
  photoFiles,
  placeCodesIn,
} from '../../src/build-time/admin-check-data';
import { parseMdx as parseInBrowser } from '../../src/content-check/browser/body-parser';
import { parseMdx } from '../../src/content-check/body-parser';
import { caseFileProblems, unfinishedProblems } from '../../src/content-check/case-check';
import { digestedIdentity, identityOf } from '../../src/content-check/duplicate-cases';
import { getAreaIndex } from '../../src/place/area';
import { createSentraSchema, type SentraSchema } from '../../src/schema/sentra';
import { companionFiles, expectedMessages } from '../fixtures/expected-messages';
import type { Node } from 'unist';
import type * as BrowserCheckModule from '../../src/content-check/browser/check-case';
import { root } from '../support/astro-build';
import { tempDir } from '../support/temp-dir';

type BrowserCheck = typeof BrowserCheckModule;

const badCases = 'tests/fixtures/bad-cases';
const casesDir = 'content/sentra';
const read = (file: string) => readFileSync(file, 'utf8');
const mdxIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `${dir}/${name}`);

let check: BrowserCheck;
let schema: SentraSchema;
let lists: ReturnType<typeof areaLists>;

beforeAll(async () => {
  // The very file /admin/ serves, run here: what it says is what an editor sees.
  const file = join(tempDir('admin-check-'), 'check.mjs');
  writeFileSync(file, await bundleAdminCheck());
  check = (await import(pathToFileURL(file).href)) as BrowserCheck;
  const areas = await getAreaIndex();
  schema = createSentraSchema(areas);
  // The places as the admin integration sends them: every village a case names, no other.
  lists = areaLists(
    areas,
    mdxIn(casesDir).flatMap((file) => placeCodesIn(read(file))),
  );
  check.setKnownPhotos({
    ...(await photoFiles(root, join(root, badCases))),
    ...(await photoFiles(root, join(root, casesDir))),
  });
}, 60_000);

/** Problems of `npm run check` for a set of files, as its command gathers them. */
async function npmCheck(files: string[]): Promise<string[]> {
  return [
    ...(await caseFileProblems(schema, files, read)),
    ...files.flatMap((file) => unfinishedProblems(file, read(file))),
  ];
}

describe('the check in the web editor', () => {
  it.each(Object.keys(expectedMessages))('gives %s the messages npm run check gives', async (name) => {
    const files = [`${badCases}/${name}.mdx`, ...(companionFiles[name] ?? []).map((file) => `${badCases}/${file}`)];
    const checkFile = check.caseChecker(
      check.areaIndexOf(lists),
      files.map((file) => digestedIdentity(identityOf(file, read(file)))),
    );
    const expected = await npmCheck(files);
    expect(expected.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(await checkFile(read(file), file)).toEqual(expected.filter((problem) => problem.startsWith(`${file}:`)));
    }
  });

  it('finds nothing wrong with any published case, as npm run check finds nothing', async () => {
    const files = mdxIn(casesDir);
    const checkFile = check.caseChecker(
      check.areaIndexOf(lists),
      caseIdentities(root, caseFilesIn(join(root, casesDir))),
    );
    expect(await npmCheck(files)).toEqual([]);
    for (const file of files) expect(await checkFile(read(file), file)).toEqual([]);
  });

  it('names the published file when a new case tells the same case again', async () => {
    const file = `${casesDir}/slag-aluminium-kendalsari-jombang.mdx`;
    const checkFile = check.caseChecker(
      check.areaIndexOf(lists),
      caseIdentities(root, caseFilesIn(join(root, casesDir))),
    );
    const problems = await checkFile(read(file), `${casesDir}/kendalsari-lagi.mdx`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(`^${casesDir}/kendalsari-lagi\\.mdx:2 → title: ditemukan .* dengan ${file}; `),
    );
    expect(problems[1]).toMatch(
      new RegExp(`^${casesDir}/kendalsari-lagi\\.mdx:\\d+ → isi: ditemukan cerita yang sama dengan ${file}; `),
    );
  });

  it('reads every published case and guide to the same tree as the build’s parser', () => {
    // Each node as a line: its place (to the column), its kind, its name and value. The parsers
    // differ only in where an attribute ends, which they do not both record.
    const lines = (node: Node, found: string[] = []): string[] => {
      const { start, end } = node.position ?? { start: {}, end: {} };
      const { name, value, depth, url } = node as Node & Record<string, unknown>;
      const attributes = ((node as { attributes?: { name: string; value: unknown }[] }).attributes ?? []).map(
        (attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`,
      );
      found.push(
        [`${start.line}:${start.column}-${end.line}:${end.column}`, node.type, name, depth, url, ...attributes, value]
          .filter((part) => part !== undefined)
          .join(' '),
      );
      for (const child of (node as { children?: Node[] }).children ?? []) lines(child, found);
      return found;
    };
    for (const file of [...mdxIn(casesDir), ...mdxIn('content/panduan')]) {
      expect(lines(parseInBrowser(read(file))), file).toEqual(lines(parseMdx(read(file))));
    }
  });
});
