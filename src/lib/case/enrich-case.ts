import { formatPlace, resolvePlace, type Area, type AreaIndex } from '../../place/area';
import { slugifyText } from '../../format/slug';
import { fundingSchemes, type FundingScheme } from '../../vocabulary/funding-schemes';
import { groupOfSector, sectors } from '../../vocabulary/sectors';
import { sectorGroups } from '../../vocabulary/sector-groups';
import { statuses } from '../../vocabulary/statuses';

/** A province with the slug of its filter page, as in `/sentra/provinsi/jawa-timur/`. */
export interface Province extends Area {
  slug: string;
}

/** A kode wilayah resolved to the names a reader sees, from the province down to the level the code names. */
export interface CasePlace {
  code: string;
  province: Province;
  regency?: Area;
  district?: Area;
  village?: Area;
  /** In full, finest level first: `Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur`. */
  text: string;
  /** The regency and the province only, for cards: `Kabupaten Jombang, Jawa Timur`. */
  regencyText: string;
}

/** The labels a reader sees for a case's sector, its group, its status and its funding schemes. */
export interface CaseLabels {
  sector: string;
  /** Kemenperin's group of the sector; absent where the sector has none (`tidak-dirinci`). */
  sectorGroup?: string;
  status: string;
  /** One label per scheme, in the order the funding lists them, each once. */
  schemes: string[];
}

/**
 * What every page, card, data file and share image used to work out again from a case's codes,
 * attached to its entry once, when the content is loaded. Plain objects, arrays and strings only:
 * Astro keeps entries in its data store, which serialises them.
 */
export interface CaseEnrichment {
  /** The main place, `areaCode`. */
  place: CasePlace;
  /** The places of `otherAreaCodes`, in their order. */
  otherPlaces: CasePlace[];
  /** Every province the entry names, the main place's first, each once: it is mapped, filtered and counted in each. */
  provinces: Province[];
  labels: CaseLabels;
}

/** What a case's enrichment is made from. */
export interface EnrichableCase {
  areaCode: string;
  otherAreaCodes: readonly string[];
  sector: keyof typeof sectors.labels;
  status: { value: keyof typeof statuses.labels };
  funding: readonly { scheme: FundingScheme }[];
}

/** The keys enrichCase adds: open data publishes the case as its file gives it, without them. */
const enrichmentKeys = [
  'place',
  'otherPlaces',
  'provinces',
  'labels',
] as const satisfies readonly (keyof CaseEnrichment)[];

function placeOf(areas: AreaIndex, code: string): CasePlace {
  // The schema has already refused a code that is not in the list; this is only a second guard.
  const place = resolvePlace(areas, code);
  if (!place) throw new Error(`Unknown kode wilayah ${code}`);
  const { province, regency, district, village } = place;
  return {
    code,
    province: { ...province, slug: slugifyText(province.name) },
    ...(regency && { regency }),
    ...(district && { district }),
    ...(village && { village }),
    text: formatPlace(place),
    regencyText: [regency?.name, province.name].filter(Boolean).join(', '),
  };
}

function labelsOf(data: EnrichableCase): CaseLabels {
  const group = groupOfSector(data.sector);
  return {
    sector: sectors.labels[data.sector].id,
    ...(group && { sectorGroup: sectorGroups.labels[group].id }),
    status: statuses.labels[data.status.value].id,
    schemes: [...new Set(data.funding.map((funding) => fundingSchemes.labels[funding.scheme].id))],
  };
}

/**
 * A checked case with its places resolved and its labels looked up, once for the whole build.
 * Pure: the official list of places is given, and the case is not changed. Anything that depends
 * on the build's month stays a function of the entry and that month (status-age.ts, evidence.ts).
 */
export function enrichCase<T extends EnrichableCase>(data: T, areas: AreaIndex): T & CaseEnrichment {
  const place = placeOf(areas, data.areaCode);
  const otherPlaces = data.otherAreaCodes.map((code) => placeOf(areas, code));
  const provinces = new Map<string, Province>();
  for (const { province } of [place, ...otherPlaces]) {
    if (!provinces.has(province.code)) provinces.set(province.code, province);
  }
  return { ...data, place, otherPlaces, provinces: [...provinces.values()], labels: labelsOf(data) };
}

/** A case as its file gives it, without what enrichCase added. */
export function withoutEnrichment<T extends CaseEnrichment>(data: T): Omit<T, keyof CaseEnrichment> {
  const plain = { ...data } as Record<string, unknown>;
  for (const key of enrichmentKeys) delete plain[key];
  return plain as Omit<T, keyof CaseEnrichment>;
}
