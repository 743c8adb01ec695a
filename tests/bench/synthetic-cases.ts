// Synthetic cases for the benchmark: made-up sentra in real villages, with everything a real case
// carries (ranges, several funding schemes, a timeline, factors, replication points, sources) and
// a story of about 900 words, so the schema accepts them and pages weigh what real ones do.
// Case i of a seed is the same whatever the count, so 1,000 cases are the first 100 and 900 more.
// Written to a folder at run time, never shipped in the site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVillages } from 'idn-area-data';
import { Document, isScalar, visit } from 'yaml';
import { fundingSchemes } from '../../src/vocabulary/funding-schemes.ts';
import { replicationSteps } from '../../src/vocabulary/replication-steps.ts';
import { sectors } from '../../src/vocabulary/sectors.ts';
import { statuses } from '../../src/vocabulary/statuses.ts';
import { writeStory } from './synthetic-story.ts';
import { between, madeUpVocabulary, pick, pickSome, proseWriter, seededRandom, type Random } from './synthetic-text.ts';

export const defaultSeed = '2026';

/** A real village: its Kemendagri code and name. */
interface Village {
  code: string;
  name: string;
}

const products = ['keripik', 'batik tulis', 'gerabah', 'anyaman bambu', 'kopi bubuk', 'gula semut', 'sepatu kulit'];
const metricKinds = [
  { id: 'tenaga-kerja', label: 'Tenaga kerja', unit: 'orang', base: 10 },
  { id: 'omzet', label: 'Omzet', unit: 'rupiah-per-tahun', base: 150_000_000 },
  { id: 'produksi', label: 'Volume produksi', unit: 'ton-per-tahun', base: 40 },
  { id: 'ikm-anggota', label: 'IKM anggota', unit: 'unit-usaha', base: 8 },
  { id: 'pendapatan-perajin', label: 'Pendapatan perajin', unit: 'rupiah-per-bulan', base: 900_000 },
  { id: 'ekspor', label: 'Ekspor', unit: 'kontainer-per-tahun', base: 2 },
] as const;

/** A figure as a number or, about half the time, a range `[min, max]` as sources often give. */
function amount(random: Random, base: number): number | [number, number] {
  const low = Math.round(base * (0.6 + random()));
  return random() < 0.5 ? low : [low, Math.round(low * (1.2 + random()))];
}

function metric(random: Random, kind: (typeof metricKinds)[number], ids: string[]) {
  const cite = () => pickSome(random, ids, between(random, 1, 2));
  const after = { value: amount(random, kind.base * between(random, 3, 9)), unit: kind.unit, sources: cite() };
  if (random() < 0.2) {
    const start = between(random, 2012, 2018);
    const series = Array.from({ length: between(random, 3, 5) }, (_, step) => ({
      date: String(start + step * 2),
      value: amount(random, kind.base * (step + 1)),
      unit: kind.unit,
      sources: cite(),
    }));
    return { id: kind.id, label: kind.label, series };
  }
  const before = { value: amount(random, kind.base), unit: kind.unit, wording: 'sekitar', sources: cite() };
  const note = random() < 0.3 ? { note: `Angka sesudah dari laporan dinas [${pick(random, ids)}].` } : {};
  return { id: kind.id, label: kind.label, before, after, ...note };
}

function funding(random: Random, scheme: string, ids: string[]) {
  const year = between(random, 2015, 2024);
  return {
    scheme,
    ...(scheme === 'csr' ? { funder: 'Yayasan Mitra Usaha' } : {}),
    years: random() < 0.3 ? [year, year + 1] : [year],
    amount: { value: amount(random, 2_000_000_000), unit: 'rupiah', sources: [pick(random, ids)] },
    paidFor: {
      items: pickSome(random, ['gedung produksi', 'mesin', 'gudang', 'ruang pamer', 'kendaraan'], 3),
      sources: [pick(random, ids)],
    },
    sources: pickSome(random, ids, 2),
  };
}

function frontmatter(random: Random, index: number, village: Village, sentence: () => string) {
  const ids = Array.from({ length: between(random, 4, 9) }, (_, number) => `S${number + 1}`);
  const product = pick(random, products);
  const start = between(random, 1995, 2012);
  const lesson = random() < 0.1;
  const cite = () => pickSome(random, ids, between(random, 1, 3));
  return {
    ...(lesson ? { kind: 'pelajaran' } : {}),
    title: `Sentra ${product} ${village.name} ${index}`,
    summary: `${sentence()
      .slice(0, 150)
      .replace(/[\s,]+\S*$/, '')} [${ids[0]}].`,
    areaCode: village.code,
    sector: pick(random, sectors.keys),
    products: [product, ...pickSome(random, products, between(random, 0, 2)).filter((item) => item !== product)],
    managingBody: { name: `Koperasi Sentra ${village.name}`, sources: cite() },
    ikmUnits: { value: amount(random, between(random, 8, 60)), sources: cite() },
    status: { value: lesson ? pick(random, statuses.keys) : 'beroperasi', asOf: '2025-06', sources: cite() },
    lastVerified: '2026-11-23',
    featured: index % 97 === 1,
    funding: pickSome(random, fundingSchemes.keys, between(random, 2, 4)).map((scheme) => funding(random, scheme, ids)),
    metrics: pickSome(random, metricKinds, between(random, 3, 5)).map((kind) => metric(random, kind, ids)),
    timeline: Array.from({ length: between(random, 4, 7) }, (_, step) => ({
      date: String(start + step * 2),
      text: sentence(),
      sources: cite(),
    })),
    factors: Array.from({ length: between(random, 3, 5) }, (_, step) => ({
      kind: step % 3 === 2 ? 'waspada' : 'kunci',
      text: sentence(),
      sources: cite(),
    })),
    replication: pickSome(random, replicationSteps.keys, between(random, 3, 6)).map((step) => ({
      step,
      text: sentence(),
      sources: cite(),
    })),
    sources: ids.map((id, number) => ({
      id,
      title: `Laporan ${number + 1} tentang sentra ${village.name}`,
      publisher: pick(random, ['Kabar Daerah', 'Warta Industri', 'Dinas Perindustrian', 'Kemenperin']),
      date: `${between(random, 2016, 2025)}-0${between(random, 1, 9)}`,
      url: `https://contoh.example/sentra-${index}/${id.toLowerCase()}`,
      kind: pick(random, ['resmi', 'resmi-via-pers', 'pers', 'pers'] as const),
    })),
  };
}

/** The text of synthetic case `index` of `seed`, placed in `village`. */
export function syntheticCase(seed: string, index: number, village: Village, vocabulary: readonly string[]): string {
  const random = seededRandom(`${seed}:${index}`);
  const { sentence } = proseWriter(random, vocabulary, [village.name]);
  // Frontmatter text is plain: no Markdown emphasis.
  const data = frontmatter(random, index, village, () => sentence().replaceAll('*', ''));
  const body = writeStory(random, vocabulary, [village.name], ['S1', 'S2', 'S3', 'S4']);
  // Every string quoted, so YAML never reads a date or a number where text was meant; short lists
  // on one line, as editors write `sources: [S1, S2]`.
  const doc = new Document(data);
  visit(doc, { Seq: (_, node) => void (node.flow = node.items.every(isScalar)) });
  const yaml = doc.toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    flowCollectionPadding: false,
  });
  return `---\n${yaml}---\n\n${body}`;
}

/** Writes cases 1 to `count` of `seed` into `dir` as `<slug>.mdx`; returns their file names. */
export async function writeSyntheticCases(dir: string, count: number, seed = defaultSeed): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  // Names that read as plain words in a story; a few official names carry brackets or slashes.
  const villages = (await getVillages()).filter((village) => /^[\p{L} .'-]+$/u.test(village.name));
  const vocabulary = madeUpVocabulary(seed);
  const names: string[] = [];
  for (let index = 1; index <= count; index++) {
    const village = villages[Math.floor(seededRandom(`${seed}:place:${index}`)() * villages.length)]!;
    const name = `sentra-sintetis-${index}.mdx`;
    writeFileSync(join(dir, name), syntheticCase(seed, index, village, vocabulary));
    names.push(name);
  }
  return names;
}
