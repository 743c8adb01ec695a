import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../support/case-file';

// Issue 29: no typed figure that the research notes do not give. Every figure typed in the data of
// an entry of the second and third research batches is looked for, in the ways the notes write
// numbers, in the notes' section for that story (and the summary row that names it). Figures the
// site derives (growth, totals) are checked by their own unit tests, so only typed values count
// here: quantities and their reports, ranges' ends, series points, IKM counts, funding amounts.
// The notes sit beside the repository (../shared/sources/stories.md), in CI as here.

const root = fileURLToPath(new URL('../..', import.meta.url));
const notes = readFileSync(join(root, '..', 'shared', 'sources', 'stories.md'), 'utf8');

/** Each section of the notes by its number ("16", "13b"): from its heading to the next "## " heading. */
function sectionsOf(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: { id: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      if (current) sections.set(current.id, current.lines.join('\n'));
      const id = /^## (\d+[a-z]?)\. /.exec(line)?.[1];
      current = id ? { id, lines: [line] } : undefined;
    } else current?.lines.push(line);
  }
  if (current) sections.set(current.id, current.lines.join('\n'));
  return sections;
}
const sections = sectionsOf(notes);

/** The rows of the §15b and §15c summary tables that name a section: "| 16 | Rendang …" or "| 13b | …". */
function summaryRowsOf(id: string): string[] {
  return ['15b', '15c'].flatMap((table) =>
    (sections.get(table) ?? '').split('\n').filter((line) => line.startsWith(`| ${id} |`)),
  );
}

/**
 * Where an entry's figures come from: a section of the notes, or only the blocks of it that
 * contain `part` (a lesson's row of the §13b or §13c table, a lead's bullet in §14 and §14b, the
 * lines of another story that concern it), since those sections hold several sentra.
 */
type NotesPart = { section: string; part?: string };

/**
 * The entries added in issue 29 and the notes they come from: the story itself first, then what
 * else it cites (a §14 lead's update in §14b, a regional allocation in §12b or §30, a readiness
 * fact in §12), found from each file's source ids and the notes' headings.
 */
const newEntries: { file: string; notes: NotesPart[] }[] = [
  { file: 'rendang-padang-kaduduak-payakumbuh', notes: [{ section: '16' }] },
  // §17 takes its DAK amounts "as already recorded in §14" (S17.7–S17.9).
  {
    file: 'porang-pringgabaya-lombok-timur',
    notes: [{ section: '17' }, { section: '14', part: 'Porang' }, { section: '14b', part: 'Porang' }],
  },
  { file: 'garam-beryodium-labuhan-bontong-sumbawa', notes: [{ section: '18' }] },
  { file: 'kopi-arabika-ijen-raung-bondowoso', notes: [{ section: '19' }] },
  { file: 'kerupuk-keripik-belitung-timur', notes: [{ section: '20' }] },
  { file: 'upt-logam-kota-yogyakarta', notes: [{ section: '21' }, { section: '14', part: 'UPT Logam' }] },
  { file: 'koperasi-batur-jaya-ceper-klaten', notes: [{ section: '22' }] },
  { file: 'tenun-ikat-bandar-kidul-kediri', notes: [{ section: '23' }, { section: '14', part: 'Bandar Kidul' }] },
  { file: 'desa-devisa-tenun-wedani-gresik', notes: [{ section: '24' }] },
  { file: 'tenun-sumber-harapan-sambas', notes: [{ section: '25' }] },
  { file: 'tenun-tenunin-desa-devisa-ntt', notes: [{ section: '26' }] },
  { file: 'kopi-arabika-flores-bajawa-ngada', notes: [{ section: '27' }] },
  { file: 'kakao-kerta-semaya-samaniya-jembrana', notes: [{ section: '28' }] },
  { file: 'karawo-otahiya-kota-gorontalo', notes: [{ section: '29' }] },
  { file: 'ikan-salai-kampung-patin-kampar', notes: [{ section: '30' }] },
  { file: 'rumah-cokelat-palu', notes: [{ section: '31' }] },
  { file: 'pala-tomandin-fakfak', notes: [{ section: '32' }] },
  { file: 'sasirangan-banjarmasin-banjarbaru', notes: [{ section: '33' }] },
  // §13b: the table's four cases and two of the further leads under it.
  {
    file: 'sagu-sungai-tohor-kepulauan-meranti',
    notes: [
      { section: '13b', part: 'Sungai Tohor' },
      { section: '30', part: 'Sungai Tohor' },
    ],
  },
  { file: 'pengolahan-ikan-sungai-undang-seruyan', notes: [{ section: '13b', part: 'Sungai Undang' }] },
  { file: 'kelapa-terpadu-avolua-parigi-moutong', notes: [{ section: '13b', part: 'Avolua' }] },
  { file: 'pusat-batik-sukowati-sragen', notes: [{ section: '13b', part: 'Pusat Batik Sukowati' }] },
  { file: 'tenun-ikat-jata-kapa-sikka', notes: [{ section: '13b', part: 'Jata Kapa' }] },
  { file: 'songket-silungkang-sawahlunto', notes: [{ section: '13b', part: 'songket Silungkang' }] },
  {
    file: 'minyak-atsiri-lunang-barat-pesisir-selatan',
    notes: [
      { section: '13c', part: 'Lunang' },
      { section: '12b', part: 'Pesisir Selatan' },
    ],
  },
  { file: 'rumah-produksi-bambu-nakau-bengkulu-tengah', notes: [{ section: '13c', part: 'Nakau' }] },
  {
    file: 'garci-tea-latang-sijunjung',
    notes: [
      { section: '13c', part: 'Garci-Tea' },
      { section: '12b', part: 'Sijunjung' },
    ],
  },
  // §14 leads, with their §14b updates.
  {
    file: 'tenun-sukan-tengah-berau',
    notes: [
      { section: '14', part: 'Sukan Tengah' },
      { section: '14b', part: 'Sukan Tengah' },
      { section: '12', part: 'Berau' },
    ],
  },
  {
    file: 'alas-kaki-surodinawan-mojokerto',
    notes: [
      { section: '14', part: 'Alas Kaki' },
      { section: '14b', part: 'Alas Kaki' },
    ],
  },
  {
    file: 'bambu-tiga-susut-bangli',
    notes: [
      { section: '14', part: 'Bambu, Desa Tiga' },
      { section: '14b', part: 'Bambu, Desa Tiga' },
    ],
  },
  {
    file: 'olahan-ikan-manokwari',
    notes: [
      { section: '14', part: 'Manokwari' },
      { section: '14b', part: 'Manokwari' },
    ],
  },
];

/**
 * A section's blocks: a table row, a bullet with its indented continuation lines, or a paragraph
 * line, so that a part picks one sentra out of a section that holds several.
 */
function blocksOf(text: string): string[] {
  const blocks: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('  ') && blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
    else blocks.push(line);
  }
  return blocks;
}

/** Addresses are no figures: a number in a URL must not pass for one the notes give. */
const withoutAddresses = (text: string) => text.replace(/https?:\/\/\S+/g, ' ');

/**
 * The notes' text for an entry: its sections or parts, and the §15b/§15c summary row of its own
 * story (the first part; a lesson's row is the one for its whole table, "| 13b |").
 */
function notesFor(parts: NotesPart[]): string {
  return withoutAddresses(
    parts
      .flatMap(({ section, part }, index) => {
        const text = sections.get(section);
        if (text === undefined) throw new Error(`stories.md has no section "## ${section}."`);
        const picked = part === undefined ? [text] : blocksOf(text).filter((block) => block.includes(part));
        if (picked.length === 0) throw new Error(`stories.md §${section} has no block that names "${part}"`);
        return index === 0 ? [...picked, ...summaryRowsOf(section)] : picked;
      })
      .join('\n'),
  );
}

type Amount = number | [number, number];
type Quantity = { value: Amount; unit?: string; wording?: string; reports?: { value: Amount; wording?: string }[] };
type Figure = { path: string; value: number; unit: string; range?: [number, number]; wordings: string[] };

/** Every typed figure of an entry, with the field path an editor would look for. */
function figuresOf(data: any): Figure[] {
  const figures: Figure[] = [];
  const add = (path: string, amount: Amount, unit: string, wordings: string[]) => {
    if (typeof amount === 'number') figures.push({ path, value: amount, unit, wordings });
    else
      amount.forEach((end, index) =>
        figures.push({ path: `${path}[${index}]`, value: end, unit, range: amount, wordings }),
      );
  };
  const addQuantity = (path: string, quantity: Quantity | undefined, unit: string) => {
    if (!quantity) return;
    const own = quantity.wording ? [quantity.wording] : [];
    add(`${path}.value`, quantity.value, quantity.unit ?? unit, own);
    quantity.reports?.forEach((report, index) =>
      add(
        `${path}.reports[${index}].value`,
        report.value,
        quantity.unit ?? unit,
        [report.wording, ...own].filter((text): text is string => Boolean(text)),
      ),
    );
  };
  addQuantity('ikmUnits', data.ikmUnits, 'unit-usaha');
  (data.funding ?? []).forEach((funding: any, index: number) => {
    addQuantity(`funding[${index}].amount`, funding.amount, 'rupiah');
    addQuantity(`funding[${index}].realised`, funding.realised, 'rupiah');
  });
  (data.metrics ?? []).forEach((metric: any, index: number) => {
    for (const key of ['before', 'after', 'planned']) addQuantity(`metrics[${index}].${key}`, metric[key], '');
    (metric.series ?? []).forEach((point: Quantity, pointIndex: number) =>
      addQuantity(`metrics[${index}].series[${pointIndex}]`, point, ''),
    );
  });
  return figures;
}

/** A number as the notes write it: Indonesian thousands dots and decimal comma, at most three decimals. */
function indonesian(value: number, groupThousands = true): string {
  const rounded = Math.round(value * 1000) / 1000;
  const [whole = '', decimals] = String(rounded).split('.');
  const grouped = groupThousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return decimals ? `${grouped},${decimals}` : grouped;
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Nothing of a longer number may touch a rendering: no digit, and no "." or "," that goes on with
 * a digit; nor may a source id or a section number ("S16.5", "B25", "§17") pass for a figure.
 */
const numberStart = '(?<![\\d§A-Z]|[\\d][.,])';
const numberEnd = '(?![\\d]|[.,]\\d)';
const dash = '\\s*[–—-]\\s*';

/** Scale words the notes put after a number: "Rp 16 M", "Rp 489 juta", "15 ribu", "Rp 10–12 juta". */
const scales: { factor: number; words: string[] }[] = [
  { factor: 1e3, words: ['ribu', 'rb'] },
  { factor: 1e6, words: ['juta', 'jt'] },
  { factor: 1e9, words: ['miliar', 'milyar', 'M', 'bn'] },
];
/** Units in kilograms or tonnes, which the notes may write in the other: "12 t/day" for 12.000 kg a day. */
const isKgUnit = (unit: string) => unit.startsWith('kg-');
const isTonUnit = (unit: string) => unit === 'ton' || unit.startsWith('ton-');

/**
 * The ways the notes may write a figure, each as a pattern with a label for the message. A
 * range's ends are found one by one: "200–300" holds both 200 and 300; a number that starts a
 * range may stand before the dash with the scale word after the other end ("Rp 10–12 juta" gives
 * Rp10 juta), so the scale patterns allow a dash and a number in between.
 */
function renderingsOf(value: number, unit: string): { label: string; pattern: RegExp }[] {
  const renderings: { label: string; pattern: RegExp }[] = [];
  const plain = (number: string, label = number) =>
    renderings.push({ label, pattern: new RegExp(`${numberStart}${escape(number)}${numberEnd}`) });
  const scaled = (number: number, words: string[]) => {
    for (const word of words) {
      const written = indonesian(number);
      renderings.push({
        label: `${written} ${word}`,
        pattern: new RegExp(
          `${numberStart}${escape(written)}(?:${dash}[\\d.,]+)?${numberEnd}\\s*${escape(word)}(?![A-Za-z])`,
        ),
      });
    }
  };
  plain(indonesian(value));
  if (value >= 1000 && Number.isInteger(value)) plain(indonesian(value, false));
  for (const { factor, words } of scales) {
    const number = value / factor;
    if (number >= 0.1 && Math.abs(Math.round(number * 1000) / 1000 - number) < 1e-9) scaled(number, words);
  }
  if (isKgUnit(unit) && value >= 100) scaled(value / 1000, ['t', 'ton']);
  if (isTonUnit(unit) && value < 10) scaled(value * 1000, ['kg']);
  return renderings;
}

/** Where the notes give a figure, or why they do not. */
function missingFigures(data: any, text: string): string[] {
  const lowered = text.toLowerCase();
  return figuresOf(data).flatMap((figure) => {
    const renderings = renderingsOf(figure.value, figure.unit);
    if (renderings.some(({ pattern }) => pattern.test(text))) return [];
    // A range made from a word ("belasan", "puluhan juta"): its wording as the notes have it.
    if (figure.range && figure.wordings.some((wording) => lowered.includes(wording.toLowerCase()))) return [];
    const tried = renderings.map(({ label }) => `"${label}"`).join(', ');
    return [`${figure.path} = ${figure.value} (${figure.unit}): not in the notes as ${tried}`];
  });
}

describe('the figures of the entries added from the second and third research batches', () => {
  it('list every entry that cites the new batches’ sources, and nothing else', () => {
    const citing = readdirSync(join(root, 'content/sentra'))
      .filter((name) => name.endsWith('.mdx'))
      .filter((name) =>
        /^ {2}- id: (S1[6-9]|S2\d|S3[0-3]|S13[bc]|S14)\./m.test(
          readFileSync(join(root, 'content/sentra', name), 'utf8'),
        ),
      )
      .map((name) => name.replace(/\.mdx$/, ''))
      .sort();
    expect(newEntries.map((entry) => entry.file).sort()).toEqual(citing);
  });

  it.each(newEntries.map((entry) => [entry.file, entry] as const))(
    '%s types only figures its notes section gives',
    (_, entry) => {
      const file = `content/sentra/${entry.file}.mdx`;
      const missing = missingFigures(readFrontmatter(join(root, file)), notesFor(entry.notes));
      expect(missing.map((line) => `${file} → ${line}`)).toEqual([]);
    },
  );
});

describe('the renderings the figures are looked for in', () => {
  const found = (value: number, unit: string, text: string) =>
    renderingsOf(value, unit).some(({ pattern }) => pattern.test(text));

  it('find a figure however the notes write it', () => {
    expect(found(16_000_000_000, 'rupiah', 'DAK, **Rp 16 miliar** for')).toBe(true);
    expect(found(16_000_000_000, 'rupiah', '| DAK Rp 16 M |')).toBe(true);
    expect(found(489_000_000, 'rupiah', 'DAK Nonfisik 2023 Rp 489 jt')).toBe(true);
    expect(found(10_985_000_000, 'rupiah', 'project value **Rp 10.985.000.000**')).toBe(true);
    expect(found(1147, 'kg-per-hari', '**1.147 kg/day** in total')).toBe(true);
    expect(found(735.98, 'ton', 'Jan–Apr **2025: 735,98 t**')).toBe(true);
    expect(found(15_000, 'orang', '**15 ribu** workers')).toBe(true);
    expect(found(14, 'persen', 'capacity **+14%**')).toBe(true);
    expect(found(10_000_000, 'rupiah', 'vs **Rp 10–12 juta/day**')).toBe(true);
    expect(found(12_000, 'kg-per-hari', 'about **12 t of patin per day**')).toBe(true);
  });

  it('do not find a figure inside a longer number, or a scale word inside a longer word', () => {
    expect(found(3, 'ton-per-tahun', '2011: 3.600 t')).toBe(false);
    expect(found(600, 'ton-per-tahun', '2011: 3.600 t')).toBe(false);
    expect(found(16_000_000_000, 'rupiah', 'on 16 Mar 2019')).toBe(false);
    expect(found(1_500_000, 'rupiah', 'Rp 1,55 juta')).toBe(false);
    expect(found(25, 'orang', 'Sumbar 2019 (B25)')).toBe(false);
  });

  it('find both ends of a range written with one scale word, and a range made from a word by its wording', () => {
    expect(found(200, 'orang', 'from 200–300 to') && found(300, 'orang', 'from 200–300 to')).toBe(true);
    expect(found(4000, 'rupiah-per-kg', 'Rp 4.000–6.000/kg') && found(6000, 'rupiah-per-kg', 'Rp 4.000–6.000/kg')).toBe(
      true,
    );
    expect(found(1_500_000_000, 'rupiah', 'Rp 1,5–2 miliar') && found(2_000_000_000, 'rupiah', 'Rp 1,5–2 miliar')).toBe(
      true,
    );
    expect(found(30_000, 'rupiah-per-kg', 'yields 30–35 kg')).toBe(false);
    const data = {
      funding: [],
      metrics: [{ after: { value: [20_000_000, 99_000_000], unit: 'rupiah-per-bulan', wording: 'puluhan juta' } }],
    };
    expect(missingFigures(data, 'omzet rose to "puluhan juta"')).toEqual([]);
    expect(missingFigures(data, 'omzet rose')).toHaveLength(2);
  });
});
