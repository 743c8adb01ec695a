/**
 * Every text string in a CBOR document (RFC 8949), wherever it sits: in arrays, maps or tags.
 * Enough to read which files Pagefind's metadata names (src/lib/search-index-seed.ts) without
 * knowing the shape of its records. Throws on anything that is not well-formed CBOR of definite
 * lengths, which is all Pagefind writes.
 */
export function textStringsOf(bytes: Uint8Array): Set<string> {
  const strings = new Set<string>();
  const text = new TextDecoder('utf-8', { fatal: true });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;

  const need = (count: number) => {
    if (at + count > bytes.length) throw new Error(`CBOR ends early, at byte ${at}`);
  };
  // The argument of a head: its value (a length, a count or a number) in 0, 1, 2, 4 or 8 bytes.
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR of indefinite or reserved length at byte ${at - 1}`);
    need(size);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): void => {
    need(1);
    const head = bytes[at++]!;
    const major = head >> 5;
    const count = argument(head & 0x1f);
    if (major === 2 || major === 3) {
      need(count);
      if (major === 3) strings.add(text.decode(bytes.subarray(at, at + count)));
      at += count;
    } else if (major === 4 || major === 5) {
      for (let index = 0; index < count * (major === 5 ? 2 : 1); index++) item();
    } else if (major === 6) item();
    // Majors 0, 1 and 7 (numbers and simple values) hold nothing beyond their head.
  };

  while (at < bytes.length) item();
  return strings;
}
