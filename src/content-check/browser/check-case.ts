// The web editor's check (/admin/check.js, bundled by src/build-time/admin-check-bundle.ts): the very
// functions `npm run check` runs on one case file, with two parts swapped for the browser's, the
// body's parser (./body-parser.ts) and the photo files (./photo-inspector.ts). What the browser
// knows is what the build found: the photo files and the other cases as they stood then; the
// build's check, which CI runs before a change is merged, reads them as they are.
import './zod-jitless';
import type { AreaIndex } from '../../place/area';
import { createSentraSchema } from '../../schema/sentra';
import { ownFileProblems, unfinishedProblems } from '../case-check';
import { duplicateSlugProblems } from '../case-files';
import { digestedIdentity, duplicatesAmong, identityOf, type Identity } from '../duplicate-cases';

export { setKnownPhotos } from './photo-inspector';

/** The official places as the build writes them for the editor (/admin/areas.json): code and name. */
export interface AreaLists {
  provinces: [string, string][];
  regencies: [string, string][];
  districts: [string, string][];
  villages: [string, string][];
}

/** The lists as the index the case schema looks places up in. */
export function areaIndexOf(lists: AreaLists): AreaIndex {
  return {
    provinces: new Map(lists.provinces),
    regencies: new Map(lists.regencies),
    districts: new Map(lists.districts),
    villages: new Map(lists.villages),
  };
}

/**
 * A check of one case file's text, as `npm run check` makes it: its name, its fields, its photos,
 * its story, the marks `npm run new` leaves, and whether another case file (`others`, as the build
 * wrote them to /admin/case-identities.json) tells the same case. Each problem is one message in
 * the check's words, and only the edited file's own.
 */
export function caseChecker(
  areas: AreaIndex,
  others: readonly Identity[] = [],
): (text: string, file: string) => Promise<string[]> {
  const schema = createSentraSchema(areas);
  return async (text, file) => {
    const rest = others.filter((other) => other.file !== file);
    const own = (problem: string) => problem.startsWith(`${file}:`);
    const duplicates = [
      ...duplicateSlugProblems([file, ...rest.map((other) => other.file)]),
      ...duplicatesAmong([digestedIdentity(identityOf(file, text)), ...rest]),
    ].filter(own);
    return [...duplicates, ...(await ownFileProblems(schema, file, text)), ...unfinishedProblems(file, text)];
  };
}
