import { metricSchema } from '../../schema/metric';
import { sourceSchema } from '../../schema/source';
import { areaCodePattern } from '../../place/area';
import { partialDatePattern } from '../../format/date-format';
import { unanchored, type Table, type TableField } from './table-schema';
import { caseKinds } from '../../vocabulary/case-kinds';
import { sectors } from '../../vocabulary/sectors';
import { statuses } from '../../vocabulary/statuses';
import { units } from '../../vocabulary/units';

// The columns of the three published tables, with what each means. Each table is one CSV file
// for all cases; the figures table is also written per case. datapackage.json publishes these lists.

const caseId = {
  name: 'sentra',
  type: 'string',
  description: 'Id kasus: nama berkasnya, juga bagian akhir alamat halamannya (/sentra/<id>/).',
  constraints: { required: true, pattern: '[a-z0-9-]+' },
} as const satisfies TableField;

const caseKind = {
  name: 'jenis',
  type: 'string',
  description:
    'kisah: kisah sukses; pelajaran: sentra yang tidak berjalan seperti rencana; tahap-awal: sudah punya tempat, dana dan status bertanggal, tetapi belum ada hasil yang dilaporkan. Hanya kisah yang dihitung sebagai keberhasilan.',
  constraints: { required: true, enum: caseKinds.keys },
} as const satisfies TableField;

const partialDate = unanchored(partialDatePattern);

const citedIds = {
  name: 'sumber_id',
  type: 'string',
  description: 'Id sumber yang menyatakan angka ini, dipisah spasi; rinciannya di sumber.csv.',
  constraints: { required: true, pattern: '[A-Za-z][A-Za-z0-9.-]*( [A-Za-z][A-Za-z0-9.-]*)*' },
} as const satisfies TableField;

const citedUrls = {
  name: 'sumber',
  type: 'string',
  description: 'Alamat sumber yang menyatakan angka ini, dipisah spasi, dalam urutan yang sama dengan sumber_id.',
  constraints: { required: true, pattern: 'https?://\\S+( https?://\\S+)*' },
} as const satisfies TableField;

/** One row per case: what it is, where, who runs it, its status and its funding schemes. */
export const caseTable = {
  name: 'sentra',
  title: 'Kasus sentra IKM',
  description: 'Satu baris untuk setiap kasus: kisah sukses, pelajaran dan tahap awal.',
  primaryKey: ['sentra'],
  fields: [
    caseId,
    caseKind,
    { name: 'judul', type: 'string', description: 'Nama sentra.', constraints: { required: true } },
    {
      name: 'ringkasan',
      type: 'string',
      description: 'Ringkasan satu-dua kalimat; [S1.1] merujuk id sumber di sumber.csv.',
      constraints: { required: true },
    },
    {
      name: 'url',
      type: 'string',
      format: 'uri',
      description: 'Alamat halaman kasus.',
      constraints: { required: true },
    },
    {
      name: 'kode_wilayah',
      type: 'string',
      description: 'Kode wilayah Kemendagri setingkat yang diketahui, mis. 35.17.11.2016 untuk satu desa.',
      constraints: { required: true, pattern: unanchored(areaCodePattern) },
    },
    {
      name: 'kode_provinsi',
      type: 'string',
      description: 'Kode wilayah Kemendagri provinsinya (dua angka pertama kode_wilayah).',
      constraints: { required: true, pattern: '\\d{2}' },
    },
    { name: 'provinsi', type: 'string', description: 'Nama resmi provinsi.', constraints: { required: true } },
    { name: 'kabupaten_kota', type: 'string', description: 'Nama resmi kabupaten atau kota, bila kode menyebutnya.' },
    { name: 'kecamatan', type: 'string', description: 'Nama resmi kecamatan, bila kode menyebutnya.' },
    { name: 'desa_kelurahan', type: 'string', description: 'Nama resmi desa atau kelurahan, bila kode menyebutnya.' },
    {
      name: 'lokasi',
      type: 'string',
      description: 'Lokasi lengkap seperti di halaman kasus, dari tingkat terhalus.',
      constraints: { required: true },
    },
    {
      name: 'sektor',
      type: 'string',
      description: 'Kunci sektor (kosakata situs).',
      constraints: { required: true, enum: sectors.keys },
    },
    { name: 'nama_sektor', type: 'string', description: 'Nama sektor.', constraints: { required: true } },
    {
      name: 'kelompok_sektor',
      type: 'string',
      description: 'Kelompok sektor Kemenperin; kosong bila sumber tidak menyebut produknya.',
    },
    {
      name: 'produk',
      type: 'string',
      description: 'Produk sentra, dipisah titik koma; kosong bila sumber tidak menyebut.',
    },
    { name: 'pengelola', type: 'string', description: 'Badan pengelola sentra.', constraints: { required: true } },
    {
      name: 'jumlah_ikm_min',
      type: 'number',
      description: 'Jumlah IKM (unit usaha), batas bawah; kosong bila sumber tidak menyebut. Rinciannya di angka.csv.',
    },
    {
      name: 'jumlah_ikm_maks',
      type: 'number',
      description: 'Jumlah IKM, batas atas; sama dengan min bila satu angka.',
    },
    {
      name: 'status',
      type: 'string',
      description: 'Kunci status sentra menurut sumber terbaru.',
      constraints: { required: true, enum: statuses.keys },
    },
    {
      name: 'status_per',
      type: 'string',
      description: 'Tanggal sumber terbaru yang menyatakan status itu (YYYY, YYYY-MM atau YYYY-MM-DD).',
      constraints: { required: true, pattern: partialDate },
    },
    {
      name: 'skema_pendanaan',
      type: 'string',
      description: 'Kunci skema pendanaan, dipisah spasi. Nilainya di angka.csv (bagian pendanaan).',
      constraints: { required: true },
    },
    {
      name: 'terakhir_diperiksa',
      type: 'date',
      description: 'Hari fakta kasus terakhir diperiksa terhadap sumbernya.',
      constraints: { required: true },
    },
  ],
} as const satisfies Table;

/** One row per figure: every metric value, funding amount and count of IKM, with its sources. */
export const figureTable = {
  name: 'angka',
  title: 'Angka setiap kasus',
  description:
    'Satu baris untuk setiap angka: metrik (sebelum, rencana, sesudah, atau titik deret), nilai dan realisasi pendanaan, dan jumlah IKM. Angka tunggal ditulis dengan min = maks; kisaran tetap kisaran. Bila sumber berbeda, angka utama (laporan kosong) mencakup semua laporan, dan setiap laporan punya barisnya sendiri: jangan menjumlahkan baris laporan.',
  fields: [
    caseId,
    caseKind,
    {
      name: 'bagian',
      type: 'string',
      description: 'Bagian kasus tempat angka ini: metrik, pendanaan atau jumlah-ikm.',
      constraints: { required: true, enum: ['metrik', 'pendanaan', 'jumlah-ikm'] },
    },
    {
      name: 'butir',
      type: 'string',
      description: 'Id metrik (mis. omzet), kunci skema pendanaan (mis. dak-fisik-ikm), atau jumlah-ikm.',
      constraints: { required: true },
    },
    {
      name: 'nama',
      type: 'string',
      description: 'Nama metrik atau skema pendanaan seperti di halaman kasus.',
      constraints: { required: true },
    },
    { name: 'pemberi_dana', type: 'string', description: 'Pendanaan: siapa yang memberi atau menyalurkan dana.' },
    {
      name: 'tahun_anggaran',
      type: 'string',
      description: 'Pendanaan: tahun anggaran, dipisah spasi; kosong bila sumber tidak menyebut.',
      constraints: { pattern: '\\d{4}( \\d{4})*' },
    },
    {
      name: 'peran',
      type: 'string',
      description:
        'Metrik: sebelum, rencana (target), sesudah, atau deret (satu titik bertanggal). Pendanaan: nilai (pagu, rencana atau alokasi) atau realisasi. Jumlah IKM: jumlah.',
      constraints: {
        required: true,
        enum: ['sebelum', 'rencana', 'sesudah', 'deret', 'nilai', 'realisasi', 'jumlah'],
      },
    },
    {
      name: 'laporan',
      type: 'integer',
      description:
        'Kosong untuk angka utama; 1, 2, … untuk setiap laporan sumber yang berbeda tentang angka yang sama.',
      constraints: { minimum: 1 },
    },
    {
      name: 'tanggal',
      type: 'string',
      description: 'Titik deret: tanggal yang dirujuk angka, setepat sumbernya (YYYY, YYYY-MM atau YYYY-MM-DD).',
      constraints: { pattern: partialDate },
    },
    { name: 'tahun', type: 'integer', description: 'Tahun yang dirujuk angka, bila sumber menyebutnya.' },
    {
      name: 'min',
      type: 'number',
      description: 'Batas bawah angka, dengan titik desimal.',
      constraints: { required: true },
    },
    {
      name: 'maks',
      type: 'number',
      description: 'Batas atas angka; sama dengan min bila sumber memberi satu angka.',
      constraints: { required: true },
    },
    {
      name: 'satuan',
      type: 'string',
      description: 'Kunci satuan (kosakata situs), mis. orang, rupiah, rupiah-per-tahun.',
      constraints: { required: true, enum: units.keys },
    },
    {
      name: 'kata_sumber',
      type: 'string',
      description: 'Kata-kata sumber bila bermakna, mis. "belasan" untuk 11–19, atau siapa yang melaporkan.',
    },
    {
      name: 'lebih_baik',
      type: 'string',
      description:
        'Metrik: higher bila angka lebih besar lebih baik, lower bila lebih kecil lebih baik (mis. waktu proses).',
      constraints: { enum: metricSchema.shape.better.unwrap().options },
    },
    {
      name: 'catatan',
      type: 'string',
      description: 'Catatan untuk membaca angka dengan benar; [S1.1] merujuk id sumber di sumber.csv.',
    },
    citedIds,
    citedUrls,
  ],
} as const satisfies Table;

/** One row per source a case cites. */
export const sourceTable = {
  name: 'sumber',
  title: 'Sumber setiap kasus',
  description: 'Satu baris untuk setiap sumber yang dikutip sebuah kasus, dalam urutan nomornya di halaman kasus.',
  primaryKey: ['sentra', 'id'],
  fields: [
    caseId,
    {
      name: 'id',
      type: 'string',
      description: 'Id sumber di kasus itu, mis. S1.1; angka.csv dan teks bersitasi merujuknya.',
      constraints: { required: true },
    },
    { name: 'judul', type: 'string', description: 'Judul seperti diterbitkan; kosong bila tidak diketahui.' },
    { name: 'penerbit', type: 'string', description: 'Media atau lembaga penerbit.', constraints: { required: true } },
    {
      name: 'tanggal',
      type: 'string',
      description: 'Tanggal terbit setepat yang diketahui; kosong bila halaman tidak bertanggal.',
      constraints: { pattern: partialDate },
    },
    {
      name: 'tanggal_perkiraan',
      type: 'boolean',
      description: 'true bila tanggal disimpulkan dari halaman, tidak tercetak di sana.',
      constraints: { required: true },
    },
    { name: 'url', type: 'string', format: 'uri', description: 'Alamat sumber.', constraints: { required: true } },
    {
      name: 'jenis_sumber',
      type: 'string',
      description:
        'Keandalan menurut catatan riset: resmi (pernyataan di situs lembaganya), resmi-via-pers (pernyataan resmi yang dimuat media), pers (liputan media), rendah (salinan ulang, agregator, tanggal tidak jelas).',
      constraints: { required: true, enum: sourceSchema.shape.kind.options },
    },
    { name: 'catatan', type: 'string', description: 'Catatan tentang cara sumber memuat faktanya.' },
  ],
} as const satisfies Table;
