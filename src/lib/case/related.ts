import type { SentraEntry } from './sentra-types';
import { fundingSchemes } from '../../vocabulary/funding-schemes';
import { groupOfSector } from '../../vocabulary/sectors';

/** Why a case is related to another: what the two share. */
export interface Related {
  entry: SentraEntry;
  reasons: string[];
}

/** What findRelated compares of a case, worked out once per case, not once per pair of cases. */
interface Profile {
  entry: SentraEntry;
  group: ReturnType<typeof groupOfSector>;
  province: string;
  /** One bit per funding scheme, so "shares a scheme" is a single AND. */
  schemes: number;
}

function profileOf(entry: SentraEntry): Profile {
  return {
    entry,
    group: groupOfSector(entry.data.sector),
    province: entry.data.place.province.code,
    schemes: entry.data.funding.reduce((bits, { scheme }) => bits | (1 << fundingSchemes.keys.indexOf(scheme)), 0),
  };
}

// Every case page asks with the same list: its profiles are made once, in the order ties are
// broken in (success stories before lessons, then by title), so the first found are the ones kept.
const collator = new Intl.Collator('id');
const profileLists = new WeakMap<readonly SentraEntry[], Profile[]>();
function profilesInTieOrder(entries: readonly SentraEntry[]): Profile[] {
  let profiles = profileLists.get(entries);
  if (!profiles) {
    const lessonLast = (profile: Profile) => (profile.entry.data.kind === 'pelajaran' ? 1 : 0);
    profiles = entries
      .map((entry) => profileOf(entry))
      .sort((a, b) => lessonLast(a) - lessonLast(b) || collator.compare(a.entry.data.title, b.entry.data.title));
    profileLists.set(entries, profiles);
  }
  return profiles;
}

/**
 * Up to `limit` cases most like this one: sharing the sector group, the province or a funding
 * scheme, one point each; ties go to success stories, then by title. Computed at build time for
 * every case against every other, so each comparison is kept to a few operations.
 */
export function findRelated(entry: SentraEntry, entries: readonly SentraEntry[], limit = 3): Related[] {
  const self = profileOf(entry);
  const best = self.group ? 3 : 2;
  // The first `limit` candidates at each number of things shared, in tie order.
  const kept: Profile[][] = [[], [], [], []];
  for (const other of profilesInTieOrder(entries)) {
    if (other.entry.id === entry.id) continue;
    const shared =
      Number(self.group !== null && other.group === self.group) +
      Number(other.province === self.province) +
      Number((other.schemes & self.schemes) !== 0);
    if (shared > 0 && kept[shared]!.length < limit) kept[shared]!.push(other);
    if (kept[best]!.length === limit) break;
  }
  return [...kept[3]!, ...kept[2]!, ...kept[1]!].slice(0, limit).map((other) => ({
    entry: other.entry,
    reasons: [
      ...(self.group && other.group === self.group ? ['kelompok sektor sama'] : []),
      ...(other.province === self.province ? ['provinsi sama'] : []),
      ...((other.schemes & self.schemes) !== 0 ? ['skema dana sama'] : []),
    ],
  }));
}
