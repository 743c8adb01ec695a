import type { SentraEntry } from '../case/sentra-types';

/** Cards under "Kisah pilihan" on the home page: a handful, however many cases the site holds. */
export const homeCardCount = 6;

/**
 * The stories the home page shows: those the editors feature, else the first in reading order;
 * never more than `limit`, so the home page weighs the same at 15 cases and at 14.000.
 */
export function pickFeatured(stories: readonly SentraEntry[], limit = homeCardCount): SentraEntry[] {
  const featured = stories.filter((entry) => entry.data.featured);
  return (featured.length > 0 ? featured : stories).slice(0, limit);
}
