// Synthetic cases for the benchmark: made-up sentra in real regencies, so the schema accepts them.
// They are written to a temporary folder at run time and never ship in the site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getRegencies } from 'idn-area-data';

const sectors = ['logam', 'tekstil-batik', 'kulit-alas-kaki', 'keramik-gerabah', 'pangan-minuman', 'kayu-bambu'];
const schemes = ['dak-fisik-ikm', 'apbd', 'csr'];

function caseFile(index: number, areaCode: string): string {
  const before = 10 + (index % 17);
  const omzet = 100 + (index % 9) * 50;
  const paragraph = `Sentra sintetis nomor ${index} dipakai untuk mengukur waktu build dan ukuran indeks pencarian. Para perajin mengolah bahan baku bersama di rumah produksi<Ref id="S1" />.`;
  return `---
title: Sentra Sintetis ${index}
summary: Kasus buatan untuk benchmark nomor ${index}; bukan kisah nyata.
areaCode: '${areaCode}'
sector: ${sectors[index % sectors.length]}
products: [produk uji ${index}]
managingBody: { name: Koperasi Uji ${index}, sources: [S1] }
ikmUnits: { value: ${5 + (index % 40)}, sources: [S1] }
status: { value: beroperasi, asOf: '2025-01', sources: [S1] }
lastVerified: '2026-11-23'
funding:
  - scheme: ${schemes[index % schemes.length]}
    years: [${2018 + (index % 7)}]
    amount: { value: [${index + 1}000000000, ${index + 3}000000000], unit: rupiah, sources: [S1] }
    paidFor: { items: [rumah produksi, mesin], sources: [S1] }
    sources: [S1]
metrics:
  - id: tenaga-kerja
    label: Tenaga kerja
    before: { value: [${before}, ${before + 8}], unit: orang, wording: belasan, sources: [S1] }
    after: { value: ${before * 6}, unit: orang, sources: [S1] }
  - id: omzet
    label: Omzet
    before: { value: ${omzet}000000, unit: rupiah-per-tahun, sources: [S1] }
    after: { value: [${omzet * 4}000000, ${omzet * 7}000000], unit: rupiah-per-tahun, sources: [S2] }
timeline:
  - { date: '${2015 + (index % 8)}', text: Sentra mulai dibangun., sources: [S1] }
sources:
  - { id: S1, title: Sumber uji satu, publisher: Penerbit Uji, date: '2025-01-02', url: 'https://contoh.example/${index}/1', kind: pers }
  - { id: S2, title: Sumber uji dua, publisher: Penerbit Uji, date: '2025-02', url: 'https://contoh.example/${index}/2', kind: resmi }
---

## Cerita

${Array.from({ length: 6 }, () => paragraph).join('\n\n')}
`;
}

/** Writes `count` synthetic cases into `dir`, each in a different real regency. */
export async function writeSyntheticCases(dir: string, count: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const regencies = await getRegencies();
  for (let index = 1; index <= count; index++) {
    const regency = regencies[(index * 37) % regencies.length]!;
    writeFileSync(join(dir, `sentra-sintetis-${index}.mdx`), caseFile(index, regency.code));
  }
}
