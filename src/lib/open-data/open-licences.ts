/** A licence as Frictionless Data Package writes it: an SPDX id, its address and what it covers. */
export interface Licence {
  name: string;
  path: string;
  title: string;
}

/** The site's own content: the cases, their figures as compiled here, summaries and notes. */
export const contentLicence: Licence = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/deed.id',
  title: 'Creative Commons Atribusi 4.0 Internasional (CC BY 4.0): isi kasus, angka dan catatan Etalase Sentra IKM',
};

/**
 * Official place names, resolved from each case's kode wilayah through the idn-area-data package,
 * whose data is under the Open Database License (its code is MIT; only the data is used here).
 */
export const placeNamesLicence: Licence = {
  name: 'ODbL-1.0',
  path: 'https://opendatacommons.org/licenses/odbl/1-0/',
  title:
    'Open Database License 1.0 (ODbL): nama wilayah (provinsi, kabupaten/kota, kecamatan, desa/kelurahan) dari paket idn-area-data',
};

/** Where the place names come from, to credit as the ODbL asks. */
export const placeNamesSource = {
  title: 'idn-area-data: kode dan nama wilayah administratif Indonesia',
  path: 'https://github.com/fityannugroho/idn-area-data',
};
