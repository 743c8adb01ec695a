import { pageOf, paginate } from './paginate';

/** What a list needs of a case to place it: whether it is a lesson. */
interface Kinded {
  data: { kind?: string };
}

/** Page `number` of a list as every list shows it, and what the page says of the whole list. */
export interface GroupedPage<T> {
  /** The cases on the page: success stories first, then lessons. */
  shown: T[];
  /** How many stories and lessons the whole list has, and how many pages. */
  stories: number;
  lessons: number;
  number: number;
  count: number;
}

const isLesson = (entry: Kinded) => entry.data.kind === 'pelajaran';

/** A list in the order every list shows it, stories then lessons, and how many of each. */
function storiesFirst<T extends Kinded>(entries: readonly T[]) {
  const stories = entries.filter((entry) => !isLesson(entry));
  const lessons = entries.filter(isLesson);
  return { ordered: [...stories, ...lessons], stories: stories.length, lessons: lessons.length };
}

/**
 * Page `number` of a list with its success stories first and its lessons after them, so that no
 * list mixes a sentra that failed in among the successes. The list pages draw from it, and their
 * cacheKeys hash it (src/build/page-key.ts), so a key holds exactly what its page shows.
 */
export function groupedPageOf<T extends Kinded>(entries: readonly T[], number: number): GroupedPage<T> {
  const { ordered, stories, lessons } = storiesFirst(entries);
  const { items, count } = pageOf(ordered, number);
  return { shown: items, stories, lessons, number, count };
}

/** Every page of a list, each as groupedPageOf gives it: the list is split once, not once a page. */
export function groupedPagesOf<T extends Kinded>(entries: readonly T[]): GroupedPage<T>[] {
  const { ordered, stories, lessons } = storiesFirst(entries);
  return paginate(ordered).map(({ items, number, count }) => ({ shown: items, stories, lessons, number, count }));
}
