import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AreaIndex } from '../lib/place/area';
import type { AreaLists } from '../content-check/browser/check-case';
import { identityOf, type Identity } from '../content-check/duplicate-cases';
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

/** Every file beside the cases that is not a case, as the check finds it: the photos' answers. */
export async function photoFiles(root: string, casesDir: string): Promise<Record<string, PhotoFile>> {
  const files = readdirSync(casesDir, { recursive: true, encoding: 'utf8' }).filter(
    (name) => !name.toLowerCase().endsWith('.mdx'),
  );
  const found: Record<string, PhotoFile> = {};
  for (const name of files.sort()) {
    const photo = await inspectPhoto(join(casesDir, name));
    // A folder reads as missing: only files are listed.
    if (photo.kind !== 'missing') found[fromRoot(root, join(casesDir, name))] = photo;
  }
  return found;
}

/** What makes each case file one case (its place and title, a digest of its story), for the duplicate check. */
export function caseIdentities(root: string, casesDir: string): Identity[] {
  return readdirSync(casesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.toLowerCase().endsWith('.mdx'))
    .sort()
    .map((name) => identityOf(fromRoot(root, join(casesDir, name)), readFileSync(join(casesDir, name), 'utf8')));
}
