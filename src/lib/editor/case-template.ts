import { placeholderMark as mark } from './placeholders';
import type { Sentra, SentraFunding, SentraSource } from '../case/sentra-types';
import { yamlText } from '../../format/yaml-scalar';

/** What `npm run new` asks an editor for; everything else is left for the editor to fill in. */
export interface NewCase {
  title: string;
  /** A kode wilayah already checked against the official list. */
  areaCode: string;
  /** The place in full, written beside the code so the editor sees what it stands for. */
  placeLabel: string;
  sector: Sentra['sector'];
  scheme: SentraFunding['scheme'];
  source: Pick<SentraSource, 'url' | 'publisher'> & Partial<Pick<SentraSource, 'title' | 'date' | 'kind'>>;
  /**
   * The day the case is made, `YYYY-MM-DD`: written as `lastVerified`, marked, for the editor to
   * confirm or correct once the facts are checked against the sources.
   */
  today: string;
}

/** The id of the first source; the editor numbers the next ones S2, S3, … */
export const firstSourceId = 'S1';

function sourceLines(source: NewCase['source']): string[] {
  const optional = (key: string, value: string | undefined, missing: string) =>
    value ? `    ${key}: ${value}` : `    # ${key}: ${missing}`;
  return [
    `  - id: ${firstSourceId}`,
    optional('title', source.title && yamlText(source.title), 'judul seperti tertulis di sumber; jangan dikarang'),
    `    publisher: ${yamlText(source.publisher)}`,
    optional('date', source.date && `'${source.date}'`, "tanggal terbit, mis. '2025-04-07'; tanpa tanggal, biarkan"),
    `    url: ${yamlText(source.url)}`,
    source.kind ? `    kind: ${source.kind}` : `    kind: pers # ${mark}: resmi, resmi-via-pers, pers atau rendah?`,
  ];
}

/**
 * A new case file: valid against the schema, so it can be previewed at once, yet plainly
 * unfinished. It holds no figure at all: every fact the editor did not give is either left out
 * (with a commented example) or marked with the placeholder mark. Because a success story must
 * have a metric and no metric can be written without a figure, it starts as `kind: pelajaran`,
 * marked too, and the editor turns it into `kisah` once a metric from the sources is in.
 */
export function renderCaseTemplate(input: NewCase): string {
  const asOf = input.source.date ?? input.today.slice(0, 4);
  const frontmatter = [
    `# Kasus baru dari \`npm run new\`. Setiap kolom dijelaskan di content/README.md.`,
    `# Ganti setiap "${mark}" dengan fakta dari sumber, lalu hapus penandanya. Jangan mengarang:`,
    `# kolom yang tidak disebut sumber dibiarkan kosong. Selama "${mark}" masih ada, \`npm test\``,
    `# menolak kasus ini, tetapi \`npm run dev\` sudah bisa menampilkannya.`,
    ``,
    `# kind: kisah (kisah sukses), pelajaran (sentra yang berhenti, tidak pernah berjalan atau jauh di`,
    `# bawah tujuannya) atau tahap-awal (sudah didanai, belum ada laporan hasil).`,
    `# Kisah sukses wajib punya paling sedikit satu metrik, dan templat ini tidak mengisi angka untuk`,
    `# Anda. Maka kasus baru dimulai sebagai pelajaran: isi metrics dari sumber, lalu tulis kisah.`,
    `kind: pelajaran # ${mark}: kisah atau pelajaran? Tentukan, lalu hapus komentar ini.`,
    `# title: nama sentra, menjadi judul halaman.`,
    `title: ${yamlText(input.title)}`,
    `# summary: satu atau dua kalimat (paling banyak 200 karakter) untuk kartu dan hasil pencarian;`,
    `# beri setiap angka sitasi, mis. [${firstSourceId}].`,
    `summary: '${mark}: satu atau dua kalimat tentang sentra ini, dari sumbernya.'`,
    `# areaCode: kode wilayah Kemendagri, tingkat terkecil yang diketahui (bagian 5):`,
    `# ${input.placeLabel}.`,
    `areaCode: '${input.areaCode}'`,
    `# otherAreaCodes: kode wilayah lain bila sentra atau programnya mencakup beberapa tempat, mis.`,
    `# ['53.71', '53.03']; [] bila hanya satu tempat.`,
    `otherAreaCodes: []`,
    `# sector: satu istilah dari tabel Sektor (bagian 3).`,
    `sector: ${input.sector}`,
    `# products: yang dibuat sentra, mis. [paving block, bata ringan]; [] bila sumber tidak menyebutnya.`,
    `products: []`,
    `# managingBody: pengelola sentra (koperasi, UPT, dinas) dan id sumber yang menyebutnya.`,
    `managingBody:`,
    `  name: '${mark}: nama pengelola menurut sumber'`,
    `  sources: [${firstSourceId}]`,
    `# contacts: kantor lain yang dapat ditanya, seperti disebut sumber (dinas, direktorat), dengan`,
    `# perannya; jangan menulis nomor telepon, alamat atau nama orang yang tidak ada di sumber. Contoh:`,
    `# contacts:`,
    `#   - name: Dinas Perindustrian kabupaten menurut sumber`,
    `#     role: mengusulkan dan membina sentra`,
    `#     sources: [${firstSourceId}]`,
    `contacts: []`,
    `# ikmUnits: jumlah IKM di sentra. Tambahkan hanya bila sumber menyebutnya, dengan angkanya:`,
    `# ikmUnits:`,
    `#   value: ANGKA_DARI_SUMBER`,
    `#   sources: [${firstSourceId}]`,
    `# status: keadaan sentra menurut sumber terbaru, dengan kata sumber itu (istilah Status, bagian 3);`,
    `# asOf: tanggal sumber itu; sources: id sumber itu.`,
    `status:`,
    `  value: beroperasi # ${mark}: status menurut sumber`,
    `  asOf: '${asOf}' # ${mark}: tanggal sumber yang menyebut status itu`,
    `  sources: [${firstSourceId}]`,
    `# lastVerified: hari terakhir Anda mencocokkan fakta kasus ini dengan sumbernya.`,
    `lastVerified: '${input.today}' # ${mark}: hari Anda mencocokkan fakta kasus ini dengan sumbernya`,
    `# featured: true untuk menampilkan kasus ini di beranda.`,
    `featured: false`,
    `# funding: dana yang membangun atau menjalankan sentra, satu isian per skema (bagian 2.1).`,
    `# Tambahkan years, amount (rupiah penuh, mis. 1500000000) dan paidFor hanya dari sumber.`,
    `funding:`,
    `  - scheme: ${input.scheme}`,
    `    sources: [${firstSourceId}]`,
    `# metrics: angka sebelum dan sesudah, tiap metrik menjadi kartu dan grafik (bagian 2.2, 4).`,
    `# Wajib untuk kisah. Tanpa angka "sebelum" dari sumber, hapus baris before. Contoh:`,
    `# metrics:`,
    `#   - id: omzet`,
    `#     label: Omzet`,
    `#     before: { value: ANGKA_DARI_SUMBER, unit: rupiah-per-tahun, sources: [${firstSourceId}] }`,
    `#     after: { value: ANGKA_DARI_SUMBER, unit: rupiah-per-tahun, sources: [${firstSourceId}] }`,
    `metrics: []`,
    `# timeline: peristiwa, dari yang terlama (bagian 2.3). Contoh:`,
    `# timeline:`,
    `#   - date: 'TAHUN_DARI_SUMBER'`,
    `#     text: Apa yang terjadi, satu atau dua kalimat.`,
    `#     sources: [${firstSourceId}]`,
    `timeline: []`,
    `# photos: foto yang boleh dipakai, dengan kredit dan lisensinya (bagian 2.6). Simpan berkasnya di`,
    `# folder bernama sama dengan berkas ini, di sampingnya, lalu tulis jalurnya dari sini. Contoh:`,
    `# photos:`,
    `#   - file: nama-berkas-ini/pengecoran.jpg`,
    `#     alt: Apa yang tampak di foto, untuk pembaca yang tidak dapat melihatnya.`,
    `#     credit: Pemotret atau pemegang hak foto`,
    `#     licence: cc-by-4.0`,
    `# factors (bagian 2.5): yang membuat sentra berjalan (kunci) atau perlu diwaspadai (waspada).`,
    `factors:`,
    `  - kind: kunci # ${mark}: kunci (membuat sentra berjalan) atau waspada (perlu diwaspadai)?`,
    `    text: '${mark}: satu hal yang membuat sentra ini berjalan, menurut sumber.'`,
    `    sources: [${firstSourceId}]`,
    `# replication: yang perlu disiapkan daerah lain, per langkah replikasi (bagian 2.5 dan 3).`,
    `replication:`,
    `  - step: klaster-produsen # ${mark}: langkah replikasi mana (istilah Langkah replikasi, bagian 3)?`,
    `    text: '${mark}: apa yang ditunjukkan kasus ini untuk langkah itu, menurut sumber.'`,
    `    sources: [${firstSourceId}]`,
    `# sources: setiap sumber yang dikutip (bagian 2.4); id-nya dipakai di semua kolom sources.`,
    `sources:`,
    ...sourceLines(input.source),
  ];
  const body = [
    `## ${mark}: judul bagian pertama`,
    ``,
    `${mark}: ceritakan sentra ini dengan kalimat pendek, dan beri sitasi tepat setelah setiap angka atau klaim, seperti ini<Ref id="${firstSourceId}" />.`,
  ];
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n');
}
