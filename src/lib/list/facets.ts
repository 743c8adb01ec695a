import { slugifyText } from '../../format/slug';
import type { SentraEntry } from '../case/sentra-types';
import { caseKinds } from '../../vocabulary/case-kinds';
import { isDakFunded } from '../../vocabulary/funding-schemes';

/** The value of a DAK-funded case in the "Hanya DAK" filter: any DAK line the sources name. */
export const dakValue = 'Semua jenis DAK';

// One collator for every comparison: `localeCompare(…, 'id')` builds a new one on each call, which
// made sorting thousands of cases a measurable part of a build.
const indonesian = new Intl.Collator('id');

/** The ways a reader can narrow the list of cases; each has pre-rendered pages. */

export const facetNames = {
  dak: 'Dana DAK',
  jenis: 'Jenis kisah',
  provinsi: 'Provinsi',
  kelompok: 'Kelompok sektor',
  sektor: 'Sektor',
  pendanaan: 'Skema pendanaan',
  status: 'Status',
} as const;

export type FacetKey = keyof typeof facetNames;

/** The values a case has for each facet (a case may have several funding schemes). */
export function facetValuesOf(entry: SentraEntry): Record<FacetKey, string[]> {
  const { labels } = entry.data;
  return {
    dak: isDakFunded(entry.data) ? [dakValue] : [],
    jenis: [caseKinds.labels[entry.data.kind].id],
    // An entry that names several places is listed under each of their provinces.
    provinsi: entry.data.provinces.map((province) => province.name),
    kelompok: labels.sectorGroup ? [labels.sectorGroup] : [],
    sektor: [labels.sector],
    pendanaan: labels.schemes,
    status: [labels.status],
  };
}

/** One pre-rendered filter page: a facet value and the cases that have it. */
export interface FacetPage {
  facet: FacetKey;
  slug: string;
  label: string;
  entries: SentraEntry[];
}

/** Every facet value that at least one case has, with its cases, sorted by label. */
export function groupByFacet(entries: readonly SentraEntry[]): FacetPage[] {
  const pages = new Map<string, FacetPage>();
  for (const entry of entries) {
    const values = facetValuesOf(entry);
    for (const facet of Object.keys(facetNames) as FacetKey[]) {
      for (const label of values[facet]) {
        const slug = slugifyText(label);
        const key = `${facet}/${slug}`;
        const page = pages.get(key) ?? { facet, slug, label, entries: [] };
        page.entries.push(entry);
        pages.set(key, page);
      }
    }
  }
  return [...pages.values()].sort((a, b) => indonesian.compare(a.label, b.label));
}

/** Cases in reading order: by title, the Indonesian way. */
export function sortCases(entries: readonly SentraEntry[]): SentraEntry[] {
  return [...entries].sort((a, b) => indonesian.compare(a.data.title, b.data.title));
}
