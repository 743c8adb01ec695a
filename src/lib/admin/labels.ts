/** A field's Indonesian label in the web editor, and the hint shown under it. */
export interface FieldText {
  label: string;
  hint?: string;
}

const sourceIds: FieldText = {
  label: 'Id sumber',
  hint: 'Id sumber dari daftar "Sumber" di bawah, satu per kotak, mis. S1.1.',
};
const wording: FieldText = { label: 'Kata-kata sumber', hint: 'Bila bermakna, mis. "belasan" atau "sekitar 200".' };
const note: FieldText = { label: 'Catatan' };

/**
 * The editor's label and hint of every field of a case, in Indonesian (the schema's JSDoc, which
 * says what each field means, is written in English for developers). A key is a field's path with
 * list items left out (`funding.amount.value`), or `*.name` for that name under any parent; the
 * most specific key wins. `tests/unit/admin-config.test.ts` fails on a field with no entry here.
 */
export const fieldTexts: Record<string, FieldText> = {
  body: {
    label: 'Kisah (teks MDX)',
    hint: 'Teks MDX apa adanya: Markdown, <Ref id="S1.1" /> untuk sitasi dan <Note title="…">…</Note>. Lihat panduan editor.',
  },
  kind: {
    label: 'Jenis entri',
    hint: 'Kisah sukses, pelajaran (sentra yang tidak berjalan sesuai rencana) atau tahap awal.',
  },
  title: { label: 'Judul', hint: 'Nama sentra sebagai judul halaman, mis. "Sentra IKM Slag Aluminium Kendalsari".' },
  summary: {
    label: 'Ringkasan',
    hint: 'Satu atau dua kalimat untuk kartu, hasil pencarian dan deskripsi; paling banyak 200 karakter, tanpa menghitung sitasi seperti [S1.1].',
  },
  areaCode: {
    label: 'Tempat',
    hint: 'Tempat tingkat paling rinci yang diketahui, menurut daftar resmi Kemendagri; yang disimpan adalah kode wilayahnya.',
  },
  otherAreaCodes: { label: 'Tempat lain', hint: 'Bila entri mencakup beberapa tempat; "Tempat" tetap tempat utama.' },
  sector: { label: 'Sektor' },
  products: { label: 'Produk', hint: 'Yang dibuat sentra, dengan kata sederhana; kosongkan bila tidak ada sumber.' },
  managingBody: {
    label: 'Badan pengelola',
    hint: 'Koperasi, UPT atau dinas yang mengelola sentra, seperti sumber menyebutnya.',
  },
  'managingBody.name': { label: 'Nama' },
  'managingBody.role': { label: 'Peran', hint: 'Bila sumber menyebut, mis. "mengelola gedung dan mesin".' },
  contacts: {
    label: 'Instansi yang dapat dihubungi',
    hint: 'Nama dan peran saja, seperti sumber menyebutnya; tidak pernah nomor telepon, alamat, atau orang.',
  },
  'contacts.name': { label: 'Nama instansi' },
  'contacts.role': { label: 'Peran' },
  ikmUnits: { label: 'Jumlah IKM', hint: 'Kosongkan bila tidak ada sumber yang memberi jumlah.' },
  status: { label: 'Status' },
  'status.value': { label: 'Status' },
  'status.asOf': {
    label: 'Per tanggal',
    hint: 'Tanggal sumber terbaru yang menyebut status ini: 2025, 2025-04 atau 2025-04-07.',
  },
  lastVerified: {
    label: 'Fakta terakhir diperiksa',
    hint: 'Hari terakhir editor memeriksa fakta dengan sumbernya: YYYY-MM-DD.',
  },
  featured: { label: 'Tampilkan di beranda', hint: 'Paling banyak enam kasus, menurut judul.' },
  funding: { label: 'Pendanaan', hint: 'Satu entri per skema dan pemberi dana.' },
  'funding.scheme': { label: 'Skema' },
  'funding.funder': { label: 'Pemberi dana', hint: 'Bila skema saja tidak menjelaskan, mis. "YDBA (yayasan Astra)".' },
  'funding.years': { label: 'Tahun anggaran', hint: 'Satu tahun per kotak, mis. 2022.' },
  'funding.amount': { label: 'Nilai', hint: 'Rencana atau alokasi, dalam rupiah.' },
  'funding.realised': { label: 'Realisasi', hint: 'Yang benar-benar dibelanjakan, bila sumber memberinya.' },
  'funding.paidFor': { label: 'Yang dibiayai' },
  'funding.paidFor.items': { label: 'Butir', hint: 'Satu butir per baris.' },
  metrics: {
    label: 'Angka capaian',
    hint: 'Yang pertama menjadi angka utama di kartu. Kisah sukses paling sedikit satu.',
  },
  'metrics.id': {
    label: 'Id',
    hint: 'Huruf kecil, angka dan tanda hubung, mis. "omzet"; pakai id yang dipakai kasus lain untuk hal yang sama.',
  },
  'metrics.label': { label: 'Yang diukur', hint: 'Seperti pembaca menyebutnya: "Omzet", "Tenaga kerja".' },
  'metrics.better': { label: 'Arah yang lebih baik' },
  'metrics.before': { label: 'Sebelum', hint: 'Kosongkan bila tidak ada sumber yang memberi angka sebelum.' },
  'metrics.after': { label: 'Sesudah' },
  'metrics.planned': { label: 'Rencana atau target' },
  'metrics.series': {
    label: 'Deret bertanggal',
    hint: 'Tiga angka bertanggal atau lebih, dari yang terlama, sebagai ganti sebelum dan sesudah.',
  },
  'metrics.series.date': { label: 'Tanggal', hint: '2020, 2020-06 atau 2020-06-24.' },
  'metrics.scope': { label: 'Milik siapa angkanya' },
  'metrics.comparable': {
    label: 'Sebelum dan sesudah sebanding',
    hint: 'Matikan bila keduanya tidak mengukur hal yang sama: tidak ada pertumbuhan yang dihitung.',
  },
  'metrics.note': note,
  '*.value': {
    label: 'Angka',
    hint: 'Satu angka (200) atau rentang min–max (200000000–300000000), tanpa titik ribuan.',
  },
  '*.unit': { label: 'Satuan' },
  '*.measure': { label: 'Jenis angka', hint: 'Kosong berarti jumlah utuh dalam periode satuannya.' },
  '*.year': { label: 'Tahun', hint: 'Tahun yang dimaksud angka, bila sumber menyebut.' },
  '*.wording': wording,
  '*.sources': sourceIds,
  '*.reports': {
    label: 'Laporan yang berbeda',
    hint: 'Bila sumber berbeda: tiap laporan dengan sumbernya; "Angka" lalu mencakup semuanya.',
  },
  timeline: { label: 'Linimasa', hint: 'Dari yang terlama.' },
  'timeline.date': { label: 'Tanggal', hint: '1970, 2022-07 atau 2022-07-28.' },
  'timeline.text': { label: 'Peristiwa' },
  photos: { label: 'Foto', hint: 'Tiap foto dengan teks alternatif, kredit dan lisensi.' },
  'photos.file': {
    label: 'Berkas foto',
    hint: 'JPG, PNG, WebP atau AVIF di repositori ini, paling panjang 6000 piksel.',
  },
  'photos.alt': { label: 'Teks alternatif', hint: 'Apa yang tampak, bagi pembaca yang tidak dapat melihatnya.' },
  'photos.credit': {
    label: 'Kredit',
    hint: 'Pemotret atau pemegang hak, mis. "Dinas Perindustrian Kabupaten Jombang".',
  },
  'photos.licence': { label: 'Lisensi' },
  'photos.sources': { label: 'Id sumber', hint: 'Bila foto diambil dari sumber yang dipublikasikan.' },
  factors: { label: 'Faktor', hint: 'Apa yang membuatnya berhasil dan apa yang perlu diwaspadai, hanya dari sumber.' },
  'factors.kind': { label: 'Jenis' },
  'factors.text': { label: 'Uraian' },
  replication: { label: 'Untuk ditiru daerah lain', hint: 'Menurut langkah panduan replikasi.' },
  'replication.step': { label: 'Langkah panduan' },
  'replication.text': { label: 'Yang ditunjukkan kasus ini' },
  'replication.missed': {
    label: 'Langkah ini terlewat',
    hint: 'Bila sumber menunjukkan langkah ini terlewat atau belum selesai.',
  },
  sources: { label: 'Sumber', hint: 'Setiap sumber yang dikutip, diberi nomor di halaman menurut urutan ini.' },
  'sources.id': { label: 'Id', hint: 'Diawali huruf, tanpa spasi, mis. "S1.1".' },
  'sources.title': { label: 'Judul', hint: 'Seperti diterbitkan; kosongkan bila tidak diketahui.' },
  'sources.publisher': { label: 'Penerbit' },
  'sources.date': { label: 'Tanggal terbit', hint: 'Kosongkan bila halaman tidak bertanggal.' },
  'sources.dateApproximate': { label: 'Tanggal perkiraan' },
  'sources.url': { label: 'Alamat halaman', hint: 'Diawali http:// atau https://.' },
  'sources.kind': { label: 'Keandalan' },
  'sources.opinionated': { label: 'Media beropini' },
  'sources.release': { label: 'Siaran pers yang dimuat ulang', hint: 'Mis. "Siaran pers Kemenperin, 28 Maret 2025".' },
  'sources.originalUnchecked': { label: 'Belum dicek ke sumber asli' },
  'sources.note': note,
  '*.note': note,
};

/**
 * Indonesian labels of the choices the schema lists inline rather than in a vocabulary of
 * `src/vocabulary/`, keyed by the field's path as above.
 */
export const choiceTexts: Record<string, Record<string, string>> = {
  'metrics.better': { higher: 'Lebih tinggi lebih baik', lower: 'Lebih rendah lebih baik (mis. waktu proses)' },
  'metrics.scope': {
    sentra: 'Sentra seluruhnya',
    'satu-usaha': 'Satu usaha di sentra',
    klaster: 'Klaster atau kawasan lebih luas',
  },
  '*.measure': {
    jumlah: 'Jumlah',
    'rata-rata': 'Rata-rata',
    puncak: 'Puncak',
    sebagian: 'Sebagian periode',
    kapasitas: 'Kapasitas',
  },
  'factors.kind': { kunci: 'Kunci keberhasilan', waspada: 'Perlu diwaspadai' },
  'sources.kind': {
    resmi: 'Resmi',
    'resmi-via-pers': 'Resmi, lewat pers',
    pers: 'Liputan pers',
    rendah: 'Rendah (muat ulang, agregator)',
  },
};

/** The entry of `table` for a field path: the path itself, else the longest `*.suffix` that matches. */
export function lookUp<T>(table: Record<string, T>, path: string): T | undefined {
  const parts = path.split('.');
  for (let start = 0; start < parts.length; start++) {
    const found = table[start === 0 ? path : `*.${parts.slice(start).join('.')}`];
    if (found) return found;
  }
  return undefined;
}
