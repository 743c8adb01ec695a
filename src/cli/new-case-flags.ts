import type { AreaIndex } from '../place/area';
import type { NewCase } from '../lib/editor/case-template';
import { searchPlaces, type PlaceCandidate } from '../place/place-search';
import { fundingSchemes } from '../vocabulary/funding-schemes';
import { sectors } from '../vocabulary/sectors';
import type { Flags } from './new-case-args';
import { checkDate, checkSlug, checkText, checkUrl, sourceKinds, termList, termOf } from './new-case-checks';

/** Everything the scaffold needs from the editor, before the day is added. */
export interface Answers extends Omit<NewCase, 'today'> {
  slug?: string;
}

/** What the flags already answer, and what is wrong with them. */
export interface FlagReading {
  answers: Partial<Omit<Answers, 'source'>> & { source: Partial<NewCase['source']> };
  problems: string[];
  /** Kept apart: the prompts ask again where the flags name no single place. */
  placeProblem?: string;
}

const listed = (candidates: PlaceCandidate[]) =>
  candidates.map((c) => `\n    --area ${c.code.padEnd(14)} ${c.label}`).join('');

/**
 * The place the flags name. A code is looked up as it is (and, with --place, must be a place of
 * that name, to catch a mistyped code); a name alone must match exactly one place, otherwise the
 * editor is shown the candidates with their codes and asked to choose with --area.
 */
export function placeFromFlags(index: AreaIndex, place?: string, area?: string): PlaceCandidate | string | undefined {
  if (area) {
    const [found] = searchPlaces(index, area).candidates;
    if (!found) return `--area: ditemukan "${area}"; seharusnya kode wilayah Kemendagri yang ada, mis. 35.17.11.2016`;
    const named = !place || searchPlaces(index, place, Infinity).candidates.some((c) => c.code === area);
    return named ? found : `--area ${area} adalah ${found.label}, bukan tempat bernama "${place}"`;
  }
  if (!place) return undefined;
  const { candidates } = searchPlaces(index, place, Infinity);
  const exact = candidates.filter((c) => c.score === 0);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) {
    const more =
      exact.length > 12
        ? `\n    … dan ${exact.length - 12} lagi; persempit dengan koma, mis. "${place}, <kabupaten>"`
        : '';
    return `--place: ${exact.length} tempat bernama "${place}"; pilih satu dengan --area:${listed(exact.slice(0, 12))}${more}`;
  }
  const near = candidates.length > 0 ? `; yang mirip:${listed(candidates.slice(0, 8))}` : '';
  return `--place: tidak ada tempat bernama "${place}" di daftar Kemendagri${near}`;
}

/** Reads and checks every answer the flags give; missing answers are left for the prompts. */
export function readAnswers(flags: Flags, index: AreaIndex): FlagReading {
  const problems: string[] = [];
  const check = (flag: string, value: string | undefined, problem: string | undefined) => {
    if (value !== undefined && problem) problems.push(`--${flag}: ditemukan "${value}"; seharusnya ${problem}`);
    return value !== undefined && !problem ? value : undefined;
  };
  const term = <K extends string>(flag: string, keys: readonly K[], value: string | undefined) => {
    const found = termOf(keys, value);
    check(flag, value, found ? undefined : termList(keys));
    return found;
  };
  const place = placeFromFlags(index, flags.place, flags.area);
  const answers: FlagReading['answers'] = {
    title: check('title', flags.title, checkText(flags.title))?.trim(),
    areaCode: typeof place === 'object' ? place.code : undefined,
    placeLabel: typeof place === 'object' ? place.label : undefined,
    sector: term('sector', sectors.keys, flags.sector),
    scheme: term('scheme', fundingSchemes.keys, flags.scheme),
    slug: check('slug', flags.slug, checkSlug(flags.slug, flags.dir)),
    source: {
      url: check('source-url', flags['source-url'], checkUrl(flags['source-url'])),
      publisher: check('source-publisher', flags['source-publisher'], checkText(flags['source-publisher']))?.trim(),
      title: check('source-title', flags['source-title'], checkText(flags['source-title']))?.trim(),
      date: check('source-date', flags['source-date'], checkDate(flags['source-date'])),
      kind: term('source-kind', sourceKinds, flags['source-kind']),
    },
  };
  return { answers, problems, placeProblem: typeof place === 'string' ? place : undefined };
}

/** The flags that must be given when nothing may be asked, and are not. */
export function missingFlags(flags: Flags): string[] {
  const required: [string, unknown][] = [
    ['--title', flags.title],
    ['--place atau --area', flags.place ?? flags.area],
    ['--sector', flags.sector],
    ['--scheme', flags.scheme],
    ['--source-url', flags['source-url']],
    ['--source-publisher', flags['source-publisher']],
  ];
  return required.filter(([, value]) => value === undefined).map(([flag]) => flag);
}
