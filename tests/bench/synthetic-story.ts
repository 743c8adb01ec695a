// The story body of a synthetic case: about 900 words under five or six headings, with what
// editors write in real stories: citations, a bulleted and a numbered list, bold and italic, a
// link, and an aside where sources disagree. Only what the safe-MDX check allows.
import { between, pick, pickSome, proseWriter, type Random } from './synthetic-text.ts';

const headings = [
  'Awal mula',
  'Apa yang dibangun',
  'Cara kerja sentra',
  'Hasilnya',
  'Pemasaran',
  'Tantangan',
  'Rencana berikutnya',
  'Peran koperasi',
];

/** A story of about `words` words that cites the source ids given. */
export function writeStory(
  random: Random,
  vocabulary: readonly string[],
  names: readonly string[],
  ids: readonly string[],
  words = between(random, 820, 980),
): string {
  const { sentence, countWords, word } = proseWriter(random, vocabulary, names);
  const cite = () => (random() < 0.45 ? `<Ref id="${pick(random, ids)}" />` : '');
  const paragraph = () =>
    Array.from({ length: between(random, 3, 6) }, () => {
      const text = sentence();
      return `${text.slice(0, -1)}${cite()}.`;
    }).join(' ');
  const list = (marker: (index: number) => string) =>
    Array.from({ length: between(random, 3, 5) }, (_, index) => `${marker(index)} ${lowerFirst(sentence())}`).join(
      '\n',
    );
  const extras = [
    () => list(() => '-'),
    () => list((index) => `${index + 1}.`),
    () => `<Note title="Laporan yang berbeda">\n\n${paragraph()}\n\n</Note>`,
    () => `**${sentence()}** ${paragraph()}`,
    () =>
      `${paragraph()} Rinciannya ada di [laporan ${word()}](https://contoh.example/laporan/${between(random, 1, 999)}).`,
  ];
  const blocks: string[] = [];
  let count = 0;
  const add = (block: string) => {
    blocks.push(block);
    count += countWords(block.replace(/<[^>]*>/g, ''));
  };
  for (const [index, heading] of pickSome(random, headings, 6).entries()) {
    if (count >= words) break;
    add(`## ${heading}`);
    add(paragraph());
    if (index < extras.length) add(extras[index]!());
    while (count < (words * (index + 1)) / 6) add(paragraph());
  }
  return blocks.join('\n\n') + '\n';
}

const lowerFirst = (text: string) => `${text[0]!.toLowerCase()}${text.slice(1)}`;
