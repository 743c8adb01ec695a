/**
 * "Yang sering keliru": what the lessons on the site have in common, for officials planning a
 * sentra. Drawn from the lesson patterns of the research notes (../shared/sources/stories.md,
 * after §13, §13b and §13c); each point names the lesson pages (slugs under content/sentra/, all
 * `kind: pelajaran`) whose sourced facts it rests on. The same points are a section of
 * content/panduan/replikasi.mdx: change both together.
 */
export interface LessonPattern {
  /** The point, in plain Indonesian: what goes wrong, then how it showed. */
  text: string;
  /** The slugs of the lesson pages it comes from: `/sentra/<slug>/`. */
  lessons: string[];
}

export const lessonPatterns: LessonPattern[] = [
  {
    text: 'Gedung dibangun lebih dulu, pengelolanya dicari belakangan. Siapa yang akan menjalankan sentra belum diputuskan saat pembangunan disiapkan, bahkan sesudah gedungnya berdiri.',
    lessons: [
      'pengolahan-ikan-sungai-undang-seruyan',
      'minyak-atsiri-lunang-barat-pesisir-selatan',
      'kelapa-terpadu-avolua-parigi-moutong',
    ],
  },
  {
    text: 'Pengelolanya tidak mampu menjalankan sentra. Koperasi tanpa kredit bank dan perusahaan yang kekurangan modal mundur, operator pihak ketiga memutus kontrak tanpa pengganti, dan gedung yang dijalankan dinas hanya pada jam kantor dinilai tidak efektif.',
    lessons: [
      'sagu-sungai-tohor-kepulauan-meranti',
      'kelapa-terpadu-avolua-parigi-moutong',
      'gedung-promosi-ikm-tidore-kepulauan',
    ],
  },
  {
    text: 'Sentra diresmikan sebelum aturan pemakaian asetnya siap. Tanpa aturan sewa atau kerja sama barang milik daerah, sentra yang sudah diresmikan belum dapat beroperasi penuh.',
    lessons: ['olahan-kelapa-pemenang-timur-lombok-utara'],
  },
  {
    text: 'Gedung selesai, tetapi peralatan atau bahan bakunya belum ada. Rumah produksi kosong bertahun-tahun menunggu alat, dan pabrik penyulingan kekurangan bahan baku ketika petani beralih tanaman.',
    lessons: ['rumah-produksi-bambu-nakau-bengkulu-tengah', 'minyak-atsiri-lunang-barat-pesisir-selatan'],
  },
  {
    text: 'Lokasi dan pembeli tidak diperhitungkan. Gedung penjualan yang jauh dari desa perajin sepi pengunjung, dan produk yang sudah dikenal pun meredup ketika daya beli melemah.',
    lessons: ['pusat-batik-sukowati-sragen', 'garci-tea-latang-sijunjung'],
  },
  {
    text: 'Pengadaan dan pengawasan pembangunan lemah. Tender yang terlambat membuat DAK dikembalikan, dan pekerjaan pembangunan dapat berujung perkara korupsi, dengan mutu yang dilaporkan buruk.',
    lessons: ['sentra-ikm-baengas-bangkalan', 'pengolahan-ikan-sungai-undang-seruyan'],
  },
  {
    text: 'Dana yang terserap, gedung yang selesai, atau siaran pers yang baik dianggap tanda sentra berjalan. Padahal sentra bisa belum diaktifkan walaupun sekitar Rp70 miliar sudah dipakai, sebagian besar menganggur tujuh tahun setelah dibangun, atau dilaporkan berhenti lima bulan setelah siaran pers menggambarkannya berjalan.',
    lessons: [
      'sentra-ikm-baengas-bangkalan',
      'sentra-ikm-logam-gunung-medan-dharmasraya',
      'sagu-sungai-tohor-kepulauan-meranti',
    ],
  },
];

/**
 * The link text of each lesson the points name. Kept here, not read from the case files, so that
 * a list page shows only what its cacheKey holds (src/lib/page-key.ts): this file is code.
 */
export const lessonLinkText: Record<string, string> = {
  'sagu-sungai-tohor-kepulauan-meranti': 'Sagu Sungai Tohor, Kepulauan Meranti',
  'pengolahan-ikan-sungai-undang-seruyan': 'Pengolahan ikan Sungai Undang, Seruyan',
  'kelapa-terpadu-avolua-parigi-moutong': 'Kelapa terpadu Avolua, Parigi Moutong',
  'pusat-batik-sukowati-sragen': 'Pusat Batik Sukowati, Sragen',
  'minyak-atsiri-lunang-barat-pesisir-selatan': 'Minyak atsiri Lunang Barat, Pesisir Selatan',
  'rumah-produksi-bambu-nakau-bengkulu-tengah': 'Rumah produksi bambu Nakau, Bengkulu Tengah',
  'garci-tea-latang-sijunjung': 'Garci-Tea Latang, Sijunjung',
  'sentra-ikm-baengas-bangkalan': 'Baengas, Bangkalan',
  'gedung-promosi-ikm-tidore-kepulauan': 'Gedung promosi IKM, Tidore Kepulauan',
  'olahan-kelapa-pemenang-timur-lombok-utara': 'Olahan kelapa Pemenang Timur, Lombok Utara',
  'sentra-ikm-logam-gunung-medan-dharmasraya': 'Logam Gunung Medan, Dharmasraya',
};
