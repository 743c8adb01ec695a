import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import type { AreaIndex } from '../place/area';
import type { AreaLists } from '../content-check/browser/check-case';
import { digestedIdentity, identityOf, type Identity } from '../content-check/duplicate-cases';
import { mdxFilesIn } from '../content-check/mdx-files';
import { inspectPhoto, type PhotoFile } from '../content-check/photo-inspector';

/** A path from the repository's root, with "/" whatever the system writes. */
const fromRoot = (root: string, path: string) => relative(root, path).split(sep).join('/');

/**
 * The official places the editor can pick, as the web editor's check looks them up: every
 * province, regency and district, and the villages the cases name (the place field offers the same).
 */
export function areaLists(areas: AreaIndex, usedCodes: Iterable<string>): AreaLists {
  const used = new Set(usedCodes);
  return {
    provinces: [...areas.provinces],
    regencies: [...areas.regencies],
    districts: [...areas.districts],
    villages: [...areas.villages].filter(([code]) => used.has(code)),
  };
}

/** A case file: its path on this machine and its text. */
export interface CaseFile {
  path: string;
  text: string;
}

/** Every case file under a folder, read once for all that the editor is sent about them. */
export function caseFilesIn(casesDir: string): CaseFile[] {
  return mdxFilesIn(casesDir).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** The village codes (and any other kode wilayah) a case file names in its frontmatter. */
export function placeCodesIn(file: string): string[] {
  const frontmatter = extractFrontmatter(file) ?? '';
  return [...frontmatter.matchAll(/\b\d{2}\.\d{2}\.\d{2}\.\d{4}\b/g)].map((match) => match[0]);
}

/** Every file beside the cases that is not a case, as the check finds it: the photos' answers. */
export async function photoFiles(root: string, casesDir: string): Promise<Record<string, PhotoFile>> {
  const files = readdirSync(casesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.toLowerCase().endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const found: Record<string, PhotoFile> = {};
  for (const path of files) found[fromRoot(root, path)] = await inspectPhoto(path);
  return found;
}

/** What makes each case file one case (its place, title and story's digest), for the duplicate check. */
export function caseIdentities(root: string, files: readonly CaseFile[]): Identity[] {
  return files.map(({ path, text }) => digestedIdentity(identityOf(fromRoot(root, path), text)));
}
