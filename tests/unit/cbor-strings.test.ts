import { describe, expect, it } from 'vitest';
import { textStringsOf } from '../../src/lib/cbor-strings';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => [0x60 + value.length, ...Buffer.from(value)];

describe('the text strings of a CBOR document', () => {
  it('are found in arrays, maps and tags, past numbers, byte strings and floats', () => {
    const items = [
      [0x86], // an array of the six items below
      [0x18, 0xc8], // 200
      text('a'),
      [0xa1, ...text('b'), 0x81, ...text('c')], // { "b": ["c"] }
      [0x42, 0x61, 0x62], // the bytes "ab", which are no text
      [0xf9, 0x3e, 0x00], // 1.5, a half-precision float
      [0xc1, ...text('d')], // tag 1 around "d"
    ];
    const document = bytes(...items.flat());
    expect([...textStringsOf(document)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('are read with lengths of one, two and four bytes', () => {
    const long = 'x'.repeat(300);
    const document = bytes(0x82, 0x78, 24, ...Buffer.from('y'.repeat(24)), 0x79, 0x01, 0x2c, ...Buffer.from(long));
    expect(textStringsOf(document)).toEqual(new Set(['y'.repeat(24), long]));
    expect(textStringsOf(bytes(0x7a, 0, 0, 0, 1, 0x7a))).toEqual(new Set(['z']));
  });

  it('stop at a document that ends early or has an indefinite length', () => {
    expect(() => textStringsOf(bytes(0x82, ...text('a')))).toThrow('CBOR ends early');
    expect(() => textStringsOf(bytes(0x63, 0x61))).toThrow('CBOR ends early');
    expect(() => textStringsOf(bytes(0x9f, 0x01, 0xff))).toThrow('indefinite');
  });
});
