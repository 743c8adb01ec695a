// Indonesian-like prose for the benchmark's synthetic cases, from a seeded generator: the same
// seed always gives the same text. Real words in about the proportions of a news story (many
// function words, a few hundred topic words) plus made-up words drawn from a long tail, so the
// search index grows with the number of cases the way a real vocabulary does.

/** A seeded random number generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export type Random = () => number;

/** A generator seeded from any text, e.g. `"2026:17"` for case 17 of seed 2026. */
export function seededRandom(seed: string): Random {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** `count` different items, in a random order. */
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen;
}

const functionWords = (
  'yang dan di ke dari untuk dengan pada dalam ini itu juga tidak akan sudah telah oleh karena sebagai ' +
  'atau lebih masih bisa dapat hanya setiap para mereka kini saat sejak agar namun serta bagi tersebut ' +
  'antara hingga sampai belum pernah banyak semua beberapa sendiri tetap ketika setelah sebelum'
).split(' ');

const topicWords = (
  'perajin pengrajin bahan baku mesin koperasi pasar pelatihan modal desa kabupaten produk kemasan ' +
  'pemasaran produksi olahan bengkel gudang rumah pabrik pengolahan limbah kualitas sertifikat halal izin ' +
  'pembeli harga penjualan pekerja tenaga kerja dinas perindustrian anggaran bantuan peralatan ruang pameran ' +
  'ekspor daerah kelompok usaha anggota pengurus keluarga generasi warisan tradisi motif bambu rotan kayu ' +
  'kulit logam tanah liat kopi gula kelapa ikan rumput laut singkong keripik tenun batik songket anyaman ' +
  'ukiran gerabah membangun mengolah menjual memproduksi mengirim membeli melatih mendampingi ' +
  'mengembangkan memasarkan menyediakan memperbaiki menambah meningkatkan menggunakan memanfaatkan bekerja ' +
  'berproduksi bertambah berkembang dibangun diolah dijual dikirim dilatih dipakai diresmikan disalurkan ' +
  'besar kecil baru lama bersama mandiri modern tradisional murah mahal ramah lingkungan tinggi rendah ' +
  'pemerintah kementerian bupati wali kota camat kepala bidang program kegiatan fasilitas gedung lahan ' +
  'listrik air jalan akses pemasok distributor toko daring lokapasar pesanan kontrak mitra perusahaan ' +
  'pendampingan bimbingan teknis standar mutu uji laboratorium merek dagang hak cipta laba biaya ' +
  'keuntungan tabungan pinjaman kredit bunga cicilan musim panen hujan kemarau banjir bencana pandemi ' +
  'pemulihan pertumbuhan kenaikan penurunan target capaian rencana realisasi laporan evaluasi pengawasan ' +
  'sengketa kesepakatan musyawarah warga pemuda perempuan ibu bapak anak sekolah kejuruan magang ' +
  'keterampilan pengalaman pengetahuan teknologi digital aplikasi pembayaran pengiriman ongkos jarak ' +
  'pelabuhan bandara provinsi nasional internasional negara tetangga wisatawan oleh-oleh cendera mata ' +
  'pameran festival lomba penghargaan juara'
).split(' ');

const onsets = ['b', 'c', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'ng', 'ny', 'p', 'r', 's', 't', 'w', 'y'];
const vowels = ['a', 'a', 'a', 'i', 'i', 'u', 'u', 'e', 'o'];
const codas = ['', '', '', 'n', 'ng', 'k', 'r', 't', 'h', 'l', 's', 'm'];
const prefixes = ['', '', '', 'me', 'mem', 'men', 'meng', 'ber', 'di', 'pe', 'pen', 'ke', 'se', 'ter'];
const suffixes = ['', '', '', 'an', 'kan', 'nya', 'i', 'lah'];

/** One made-up word of two or three syllables with an Indonesian prefix and suffix. */
function madeUpWord(random: Random): string {
  const length = between(random, 2, 3);
  const syllables = Array.from({ length }, (_, index) => {
    const coda = index === length - 1 ? pick(random, codas) : '';
    return pick(random, onsets) + pick(random, vowels) + coda;
  });
  return pick(random, prefixes) + syllables.join('') + pick(random, suffixes);
}

/** A long tail of made-up words shared by every case of one seed, rarest last. */
export function madeUpVocabulary(seed: string, size = 30_000): string[] {
  const random = seededRandom(`${seed}:vocabulary`);
  return Array.from({ length: size }, () => madeUpWord(random));
}

/** A writer of sentences and paragraphs for one case. */
export function proseWriter(random: Random, vocabulary: readonly string[], names: readonly string[]) {
  // Rank r is drawn with a chance of about 1/r (Zipf), as words are in real text.
  const rareWord = () => vocabulary[Math.floor(Math.exp(random() * Math.log(vocabulary.length + 1))) - 1]!;
  const number = () =>
    pick(random, [
      `${between(random, 2, 400)} orang`,
      `Rp${between(random, 2, 950)} juta`,
      `Rp${between(random, 1, 30)},${between(random, 1, 9)} miliar`,
      `${between(random, 1990, 2025)}`,
      `${between(random, 5, 95)} persen`,
    ]);
  const word = (): string => {
    const roll = random();
    if (roll < 0.42) return pick(random, functionWords);
    if (roll < 0.82) return pick(random, topicWords);
    if (roll < 0.95) return rareWord();
    if (roll < 0.965) return pick(random, names);
    return number();
  };
  const sentence = (): string => {
    const words = Array.from({ length: between(random, 7, 19) }, word);
    if (words.length > 10 && random() < 0.4) words[between(random, 4, words.length - 3)] += ',';
    if (random() < 0.08) words[1] = `*${words[1]}*`;
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const countWords = (text: string) => text.split(/\s+/).filter((token) => /[a-z0-9]/i.test(token)).length;
  return { sentence, countWords, word };
}
