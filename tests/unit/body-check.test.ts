import { describe, expect, it } from 'vitest';
import { checkBody, parseBody } from '../../src/content-check/body-check';
import { renderBody } from '../../src/content-loader/render-body';

// An editor's MDX is untrusted: each construct that could run code, load another host or break
// out of the page's design is refused on the parsed tree, at the line where it sits.
const body = (text: string) => `---\ntitle: x\n---\n\n${text}\n`;
const found = (text: string) => checkBody(body(text)).map((problem) => `${problem.line}: ${problem.found}`);

describe('a story body', () => {
  it('may use Markdown, the editors’ components and a few plain tags', () => {
    const text = [
      '## Hasil',
      'Omzet naik<Ref id="S1.1" />. Lihat [sumber](https://example.org/a) dan [metode](/tentang/).',
      '<Note title="Laporan yang berbeda">',
      '- satu, dua<Ref id="S1.2" />',
      '</Note>',
      'Luas 2.000 m<sup>2</sup>, emisi CO<sub>2</sub>, <abbr title="Dana Alokasi Khusus">DAK</abbr>.<br />',
    ].join('\n\n');
    expect(checkBody(body(text))).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '5: tag HTML <script>'],
    ['<style>body{}</style>', '5: tag HTML <style>'],
    ['<iframe src="https://example.org"></iframe>', '5: tag HTML <iframe>'],
    ['<object data="x.swf"></object>', '5: tag HTML <object>'],
    ['<embed src="x.swf" />', '5: tag HTML <embed>'],
    ['<form action="/kirim"></form>', '5: tag HTML <form>'],
    ['<div>kotak</div>', '5: tag HTML <div>'],
    ['import Chart from "chart.js";', '5: import atau export'],
    ['export const x = 1;', '5: import atau export'],
    ['Omzet naik {1 + 1} kali.', '5: ekspresi JavaScript dalam kurung kurawal { }'],
    ['<Note title={judul}>x</Note>', '5: ekspresi JavaScript pada atribut <Note>'],
    ['<Note {...props}>x</Note>', '5: ekspresi JavaScript pada atribut <Note>'],
    ['<abbr title="x" onmouseover="alert(1)">x</abbr>', '5: atribut onmouseover pada <abbr>'],
    ['<Ref id="S1.1" class="besar" />', '5: atribut class pada <Ref>'],
    ['[klik](javascript:alert(1))', '5: alamat javascript:'],
    ['[unduh](data:text/html;base64,PHNjcmlwdD4=)', '5: alamat data:'],
    ['[klik][a]\n\n[a]: JavaScript:alert(1)', '7: alamat javascript:'],
    ['<abbr title="javascript:alert(1)">x</abbr>', '5: alamat javascript: pada <abbr>'],
    ['![Pabrik](https://example.org/pabrik.jpg)', '5: gambar dari situs lain (https://example.org/pabrik.jpg)'],
    ['![Pabrik](//example.org/pabrik.jpg)', '5: gambar dari situs lain (//example.org/pabrik.jpg)'],
    // A picture in the story would skip the image pipeline and its credit: photos have their field.
    ['![Pabrik bersama](./pabrik.jpg)', '5: gambar di isi cerita (./pabrik.jpg)'],
    ['![](./pabrik.jpg)', '5: gambar di isi cerita (./pabrik.jpg)'],
    ['<Chart data="x" />', '5: komponen <Chart>'],
    ['<>teks</>', '5: fragmen JSX <>…</>'],
    // Where the parser stops, the slip is named rather than the parser's English.
    ['a <!-- catatan --> b', '5: komentar HTML <!-- … -->'],
    ['Kapasitas <5 ton.', '5: "<5"'],
    ['Kapasitas <=5 ton.', '5: "<=5"'],
    ['<img src="x.jpg" alt="x" onerror="alert(1)" />', '5: atribut onerror pada <img>'],
    ['<img src=x onerror=alert(1)>', '5: atribut onerror pada <img>'],
    ['Teks <img src=x onload=alert(1)> lagi', '5: atribut onload pada <img>'],
  ])('refuses %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('reads "< 5" with a space as the sign it is, and the page shows it as written', () => {
    expect(checkBody(body('Kapasitas < 5 ton per hari.'))).toEqual([]);
    expect(renderBody(body('Kapasitas < 5 ton per hari.'), new Map()).html).toBe(
      '<p>Kapasitas &#x3C; 5 ton per hari.</p>',
    );
  });

  it('reports a story that is missing, or too long for its page', () => {
    expect(found('')).toEqual(['3: (tidak ada)']);
    expect(found('Paragraf yang panjang.\n\n'.repeat(4200))).toEqual(['5: cerita sepanjang 100,8 KB']);
    expect(found('Paragraf yang panjang.\n\n'.repeat(4100))).toEqual([]);
  });

  it('reports a tag left open with its line, instead of failing without one', () => {
    const [problem] = checkBody(body('Awal.\n\n<Note title="x">\n\nteks tanpa penutup'));
    expect(problem).toEqual({
      line: 7,
      found: 'tag <Note> yang tidak ditutup',
      expected: 'penutup </Note> setelah isinya, atau <Note … /> bila tanpa isi',
    });
  });

  it('reports every problem at once, each at its own line', () => {
    expect(found('<script>x</script>\n\n{1}\n\n[a](javascript:x)')).toEqual([
      '5: tag HTML <script>',
      '7: ekspresi JavaScript dalam kurung kurawal { }',
      '9: alamat javascript:',
    ]);
  });

  it('is the very tree the site renders: one parse of a body serves the check and the page', () => {
    const text = body('Dua puluh lima IKM<Ref id="S1.1" />.');
    checkBody(text);
    expect(parseBody(text)).toBe(parseBody(text));
  });

  it('names the line of a tag left open and what the parser expected where it cannot read on', () => {
    expect(checkBody(body('Awal.\n\n<sup>\n\nTeks tanpa penutup.'))).toEqual([
      {
        line: 7,
        found: 'tag <sup> yang tidak ditutup',
        expected: 'penutup </sup> setelah isinya, atau <sup … /> bila tanpa isi',
      },
    ]);
    expect(found('a <@ catatan b')).toEqual([
      expect.stringMatching(
        /^5: MDX yang tidak dapat dibaca \(Unexpected character after `<`, expected a valid JSX tag .*\)$/,
      ),
    ]);
  });
});
