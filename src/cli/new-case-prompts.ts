import * as prompt from '@clack/prompts';
import { monthName, toPartialDate } from '../format/date-format';
import type { AreaIndex } from '../place/area';
import { searchPlaces, type PlaceCandidate } from '../place/place-search';
import { fundingSchemes } from '../vocabulary/funding-schemes';
import { sectors } from '../vocabulary/sectors';
import { checkDate, checkText, checkUrl, sourceKinds } from './new-case-checks';
import type { Answers, FlagReading } from './new-case-flags';

/**
 * Clack's own words in Indonesian, where it lets them be set: what a cancelled or failed step says,
 * and the month names and messages of its date prompt. Everything else it shows is our own text.
 */
export function speakIndonesian(): void {
  prompt.updateSettings({
    messages: { cancel: 'Dibatalkan', error: 'Terjadi kesalahan' },
    date: {
      monthNames: Array.from({ length: 12 }, (_, index) => monthName(index + 1)),
      messages: {
        required: 'Isi tanggalnya',
        invalidMonth: 'Bulan hanya 1 sampai 12',
        invalidDay: (days, month) => `${month} hanya sampai tanggal ${days}`,
        afterMin: (min) => `Tanggal paling awal ${toPartialDate(min)}`,
        beforeMax: (max) => `Tanggal paling akhir ${toPartialDate(max)}`,
      },
    },
  });
}

/** A prompt's answer, or the end of the command when the editor pressed Ctrl+C or Esc. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (prompt.isCancel(value)) {
    prompt.cancel('Dibatalkan; tidak ada file yang ditulis.');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

const ask = async (message: string, placeholder: string) =>
  answered(await prompt.text({ message, placeholder, validate: checkText })).trim();

// Optional answers: an empty line means "not known", and the template then leaves the field out.
const askOptional = async (message: string, validate?: (value: string | undefined) => string | undefined) =>
  answered(
    await prompt.text({ message, placeholder: 'kosongkan bila tidak diketahui', defaultValue: '', validate }),
  ).trim() || undefined;

/** Asks for a place by name until the editor picks one, showing each match with its full path. */
async function askPlace(index: AreaIndex, initial?: string): Promise<PlaceCandidate> {
  let next = initial;
  for (;;) {
    const query =
      next ??
      (await ask(
        'Di mana sentra ini? Nama desa/kelurahan, kecamatan, kabupaten/kota atau provinsi',
        'mis. Kendalsari; persempit dengan koma: Sukamaju, Cianjur',
      ));
    next = undefined;
    const { candidates, total } = searchPlaces(index, query);
    if (candidates.length === 0) {
      prompt.log.warn(`Tidak ada tempat bernama "${query}" di daftar Kemendagri. Periksa ejaannya.`);
      continue;
    }
    if (total > candidates.length) {
      prompt.log.info(`${total} tempat cocok; yang paling mirip ditampilkan. Persempit: "${query}, <kabupaten>".`);
    }
    const options = candidates.map((c) => ({ value: c.code, label: c.label, hint: c.code }));
    const choice = answered(
      await prompt.select({
        message: `Pilih tempatnya (${total} cocok)`,
        maxItems: 10,
        options: [...options, { value: '', label: 'Cari nama lain' }],
      }),
    );
    const found = candidates.find((c) => c.code === choice);
    if (found) return found;
  }
}

/** Asks for every answer the flags did not give, in the order of the case file. */
export async function askAnswers(index: AreaIndex, reading: FlagReading, placeQuery?: string): Promise<Answers> {
  const given = reading.answers;
  const title = given.title ?? (await ask('Nama sentra (menjadi judul halaman)', 'mis. Sentra IKM Batik Kedungsari'));
  const place = given.areaCode
    ? { code: given.areaCode, label: given.placeLabel ?? '' }
    : await askPlace(index, placeQuery);
  const sector =
    given.sector ??
    answered(
      await prompt.select({
        message: 'Sektor',
        options: sectors.keys.map((key) => ({ value: key, label: sectors.labels[key].id, hint: key })),
      }),
    );
  const scheme =
    given.scheme ??
    answered(
      await prompt.select({
        message: 'Skema pendanaan (satu dulu; yang lain ditambahkan di file)',
        options: fundingSchemes.keys.map((key) => ({ value: key, label: fundingSchemes.labels[key].id, hint: key })),
      }),
    );
  prompt.log.step('Sumber pertama: artikel atau dokumen yang menceritakan sentra ini.');
  const source = given.source;
  const url = source.url ?? answered(await prompt.text({ message: 'Alamat (URL) sumber', validate: checkUrl })).trim();
  const publisher = source.publisher ?? (await ask('Penerbit sumber', 'mis. Jawa Pos Radar Jombang'));
  const sourceTitle = source.title ?? (await askOptional('Judul sumber, seperti tertulis'));
  const date = source.date ?? (await askOptional('Tanggal terbit sumber (YYYY-MM-DD, YYYY-MM atau YYYY)', checkDate));
  const kind =
    source.kind ??
    answered(
      await prompt.select({
        message: 'Jenis sumber',
        // Not knowing is the default: a guessed kind would read as a checked fact.
        initialValue: unknownKind,
        options: [
          ...sourceKinds.map((key) => ({ value: key, label: key, hint: kindHints[key] })),
          { value: unknownKind, label: 'belum tahu', hint: 'ditandai untuk diisi nanti' },
        ],
      }),
    );
  return {
    title,
    areaCode: place.code,
    placeLabel: place.label,
    sector,
    scheme,
    slug: given.slug,
    source: { url, publisher, title: sourceTitle, date, kind: kind === unknownKind ? undefined : kind },
  };
}

const unknownKind = 'belum-tahu';

const kindHints: Record<(typeof sourceKinds)[number], string> = {
  resmi: 'pernyataan di situs lembaga itu sendiri',
  'resmi-via-pers': 'pernyataan atau siaran pers resmi yang dimuat media',
  pers: 'liputan media',
  rendah: 'salinan ulang, agregator atau tanggal tidak jelas',
};
