import { parseArgs } from 'node:util';

/** The flags of `npm run new`, for scripts and for editors who know their answers already. */
export const flagHelp = `Pemakaian: npm run new [-- <flag>…]

Tanpa flag, perintah ini bertanya satu per satu. Dengan flag, pertanyaan yang sudah dijawab dilewati;
dengan --yes (atau tanpa terminal), tidak ada yang ditanyakan dan semua flag wajib harus ada.

  --title "…"              nama sentra, mis. "Sentra IKM Slag Aluminium Kendalsari"   (wajib)
  --place "…"              nama tempat, mis. "Kendalsari" atau "Sukamaju, Cianjur"    (wajib, atau --area)
  --area NN.NN.NN.NNNN     kode wilayah Kemendagri, mis. 35.17.11.2016
  --sector …               istilah sektor, mis. logam                                 (wajib)
  --scheme …               istilah skema pendanaan, mis. dak-fisik-ikm                (wajib)
  --source-url https://…   alamat sumber pertama                                      (wajib)
  --source-publisher "…"   penerbit sumber pertama                                    (wajib)
  --source-title "…"       judul sumber pertama, bila diketahui
  --source-date YYYY-MM-DD tanggal terbit sumber pertama (atau YYYY-MM, YYYY)
  --source-kind …          resmi, pers atau opini
  --slug …                 nama file tanpa .mdx (bawaan: dibuat dari judul dan tempat)
  --dir …                  folder tujuan (bawaan: content/sentra)
  --yes                    jangan bertanya apa pun
  --help                   tampilkan bantuan ini`;

/** Reads the command line; unknown flags are an error, so a typo is never silently ignored. */
export function readFlags(argv: string[]) {
  const text = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      title: text,
      place: text,
      area: text,
      sector: text,
      scheme: text,
      'source-url': text,
      'source-publisher': text,
      'source-title': text,
      'source-date': text,
      'source-kind': text,
      slug: text,
      dir: { type: 'string', default: 'content/sentra' },
      yes: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  return values;
}

export type Flags = ReturnType<typeof readFlags>;
