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

/**
 * Page `number` of a list with its success stories first and its lessons after them, so that no
 * list mixes a sentra that failed in among the successes. The list pages draw from it, and their
 * cacheKeys hash it (src/lib/page-key.ts), so a key holds exactly what its page shows.
 */
export function groupedPageOf<T extends Kinded>(entries: readonly T[], number: number): GroupedPage<T> {
  const stories = entries.filter((entry) => !isLesson(entry));
  const lessons = entries.filter(isLesson);
  const { items, count } = pageOf([...stories, ...lessons], number);
  return { shown: items, stories: stories.length, lessons: lessons.length, number, count };
}

/** Every page of a list, each as groupedPageOf gives it: the list is split once, not once a page. */
export function groupedPagesOf<T extends Kinded>(entries: readonly T[]): GroupedPage<T>[] {
  const stories = entries.filter((entry) => !isLesson(entry));
  const lessons = entries.filter(isLesson);
  return paginate([...stories, ...lessons]).map(({ items, number, count }) => ({
    shown: items,
    stories: stories.length,
    lessons: lessons.length,
    number,
    count,
  }));
}
