import type { SentraEntry } from '../case/sentra-types';
import { groupOfSector } from '../../vocabulary/sectors';

/** Cards under "Kisah pilihan" on the home page: a handful, however many cases the site holds. */
export const homeCardCount = 6;

/**
 * The stories the home page shows: those the editors feature first, else the first in reading
 * order, one from each sector group before any group gets a second, so an official sees the range
 * of sentra rather than six of one trade. Never more than `limit`, so the home page weighs the
 * same at 15 cases and at 14.000.
 */
export function pickFeatured(stories: readonly SentraEntry[], limit = homeCardCount): SentraEntry[] {
  const candidates = [
    ...stories.filter((entry) => entry.data.featured),
    ...stories.filter((entry) => !entry.data.featured),
  ];
  const picked: SentraEntry[] = [];
  const groups = new Set<string>();
  for (const entry of candidates) {
    if (picked.length === limit) break;
    const group = groupOfSector(entry.data.sector) ?? `tanpa-kelompok:${entry.id}`;
    if (groups.has(group)) continue;
    groups.add(group);
    picked.push(entry);
  }
  // Fewer groups than cards: the rest in the same order, featured first.
  for (const entry of candidates) {
    if (picked.length === limit) break;
    if (!picked.includes(entry)) picked.push(entry);
  }
  return picked;
}
