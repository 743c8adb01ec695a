import { placeOf } from './case-facts';
import type { AreaIndex } from './area';
import type { SentraEntry } from './sentra-types';
import { groupOfSector } from './vocabulary/sectors';

/** Why a case is related to another: what the two share. */
export interface Related {
  entry: SentraEntry;
  reasons: string[];
}

/**
 * Up to `limit` cases most like this one: sharing the sector group, the province or a funding
 * scheme, one point each; ties go to success stories, then by title. Computed at build time.
 */
export function findRelated(
  entry: SentraEntry,
  entries: readonly SentraEntry[],
  areas: AreaIndex,
  limit = 3,
): Related[] {
  const group = groupOfSector(entry.data.sector);
  const province = placeOf(areas, entry.data).province.code;
  const schemes = new Set(entry.data.funding.map((funding) => funding.scheme));
  const scored = entries
    .filter((other) => other.id !== entry.id)
    .map((other) => {
      const reasons: string[] = [];
      if (group && groupOfSector(other.data.sector) === group) reasons.push('kelompok sektor sama');
      if (placeOf(areas, other.data).province.code === province) reasons.push('provinsi sama');
      if (other.data.funding.some((funding) => schemes.has(funding.scheme))) reasons.push('skema dana sama');
      return { entry: other, reasons };
    })
    .filter((candidate) => candidate.reasons.length > 0);
  const lessonLast = (candidate: Related) => (candidate.entry.data.kind === 'pelajaran' ? 1 : 0);
  return scored
    .sort(
      (a, b) =>
        b.reasons.length - a.reasons.length ||
        lessonLast(a) - lessonLast(b) ||
        a.entry.data.title.localeCompare(b.entry.data.title, 'id'),
    )
    .slice(0, limit);
}
