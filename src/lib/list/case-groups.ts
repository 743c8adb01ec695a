import { pageOf, paginate } from './paginate';
import { caseKinds, type CaseKind } from '../../vocabulary/case-kinds';

/** What a list needs of a case to place it: what it is told as. */
interface Kinded {
  data: { kind?: string };
}

/** Page `number` of a list as every list shows it, and what the page says of the whole list. */
export interface GroupedPage<T> {
  /** The cases on the page: success stories first, then lessons, then early-stage entries. */
  shown: T[];
  /** How many stories, lessons and early-stage entries the whole list has, and how many pages. */
  stories: number;
  lessons: number;
  earlyStage: number;
  number: number;
  count: number;
}

/** The group a case is listed in; an entry without a kind is a story, as the schema's default. */
export const groupOf = (entry: Kinded): CaseKind =>
  entry.data.kind === 'pelajaran' || entry.data.kind === 'tahap-awal' ? entry.data.kind : 'kisah';

/**
 * A list in the order every list shows it, stories, lessons, early-stage entries (the order of the
 * kinds' vocabulary), and how many of each.
 */
function storiesFirst<T extends Kinded>(entries: readonly T[]) {
  const [stories, lessons, earlyStage] = caseKinds.keys.map((group) =>
    entries.filter((entry) => groupOf(entry) === group),
  );
  return {
    ordered: [...stories!, ...lessons!, ...earlyStage!],
    counts: { stories: stories!.length, lessons: lessons!.length, earlyStage: earlyStage!.length },
  };
}

/**
 * Page `number` of a list with its success stories first, its lessons and its early-stage entries
 * after them, so that no list mixes a sentra that failed or has no result yet in among the
 * successes. The list pages draw from it, and their cacheKeys hash it (src/build-time/page-key.ts), so
 * a key holds exactly what its page shows.
 */
export function groupedPageOf<T extends Kinded>(entries: readonly T[], number: number): GroupedPage<T> {
  const { ordered, counts } = storiesFirst(entries);
  const { items, count } = pageOf(ordered, number);
  return { shown: items, ...counts, number, count };
}

/** Every page of a list, each as groupedPageOf gives it: the list is split once, not once a page. */
export function groupedPagesOf<T extends Kinded>(entries: readonly T[]): GroupedPage<T>[] {
  const { ordered, counts } = storiesFirst(entries);
  return paginate(ordered).map(({ items, number, count }) => ({ shown: items, ...counts, number, count }));
}
