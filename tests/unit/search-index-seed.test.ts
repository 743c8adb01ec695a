import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keepIndex, linkLastIndex, pruneUnnamedFiles } from '../../src/lib/search-index-seed';
import { tempDir } from '../support/temp-dir';

/** A CBOR array of text strings, as Pagefind's metadata names its files. */
const cborStrings = (values: string[]) =>
  Buffer.concat([
    Buffer.from([0x80 + values.length]),
    ...values.map((value) => Buffer.concat([Buffer.from([0x60 + value.length]), Buffer.from(value)])),
  ]);

/** An index folder as Pagefind writes it, its metadata naming `named`, with `files` in it. */
function writeIndex(dir: string, named: string[], files: string[], meta = 'id_meta1', version = '1.6.0') {
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  const entry = { version, languages: { id: { hash: meta } } };
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(entry));
  writeFileSync(
    join(dir, `pagefind.${meta}.pf_meta`),
    gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cborStrings(named)])),
  );
}

const listed = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('the last search index, kept where unchanged', () => {
  it('is linked file by file, hashed files only: the fixed-name ones Pagefind writes again', () => {
    const last = tempDir('indeks-lama-');
    writeIndex(
      last,
      ['id_a'],
      ['fragment/id_a.pf_fragment', 'index/id_b.pf_index', 'filter/id_c.pf_filter', 'pagefind.js'],
    );
    const next = join(tempDir('indeks-baru-'), 'pagefind');
    expect(linkLastIndex(last, next, '1.6.0')).toBe(4);
    expect(listed(next)).toEqual([
      'filter',
      'filter/id_c.pf_filter',
      'fragment',
      'fragment/id_a.pf_fragment',
      'index',
      'index/id_b.pf_index',
      'pagefind.id_meta1.pf_meta',
    ]);
    const [before, after] = [last, next].map((dir) => statSync(join(dir, 'fragment/id_a.pf_fragment')));
    expect(after!.ino).toBe(before!.ino);
  });

  it('is not used where there is none, or where another version of Pagefind wrote it', () => {
    const next = join(tempDir('indeks-baru-'), 'pagefind');
    expect(linkLastIndex(join(next, '../tidak-ada'), next, '1.6.0')).toBe(0);
    const last = tempDir('indeks-lama-');
    writeIndex(last, ['id_a'], ['fragment/id_a.pf_fragment']);
    expect(linkLastIndex(last, next, '1.7.0')).toBe(0);
    expect(existsSync(next)).toBe(false);
  });

  it('leaves, once the new index is written, only the files its metadata names', () => {
    const dir = tempDir('indeks-');
    const kept = ['fragment/id_a1.pf_fragment', 'index/id_b1.pf_index', 'filter/id_c1.pf_filter'];
    // Files of the last index: a changed page's text, a chunk and a filter no longer named, its
    // metadata; and a text whose name only starts like a named one.
    const gone = [
      'fragment/id_a0.pf_fragment',
      'fragment/id_a1x.pf_fragment',
      'index/id_b0.pf_index',
      'filter/id_c0.pf_filter',
    ];
    writeIndex(dir, ['1.6.0', 'id_a1', 'id_b1', 'provinsi', 'id_c1'], [...kept, ...gone, 'pagefind.id_meta0.pf_meta']);
    expect(pruneUnnamedFiles(dir).sort()).toEqual([...gone, 'pagefind.id_meta0.pf_meta'].sort());
    for (const file of kept) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(existsSync(join(dir, 'pagefind.id_meta1.pf_meta'))).toBe(true);
  });

  it('leaves no folder the new index has nothing in', () => {
    const dir = tempDir('indeks-');
    writeIndex(
      dir,
      ['id_a1', 'id_b1'],
      ['fragment/id_a1.pf_fragment', 'index/id_b1.pf_index', 'filter/id_c0.pf_filter'],
    );
    expect(pruneUnnamedFiles(dir)).toEqual(['filter/id_c0.pf_filter']);
    expect(listed(dir).filter((path) => !path.includes('.'))).toEqual(['fragment', 'index']);
  });

  it('is not pruned on a guess: metadata that is not Pagefind’s stops the build', () => {
    const dir = tempDir('indeks-');
    writeIndex(dir, ['id_a1'], ['fragment/id_a1.pf_fragment']);
    writeFileSync(join(dir, 'pagefind.id_meta1.pf_meta'), gzipSync(cborStrings(['id_a1'])));
    expect(() => pruneUnnamedFiles(dir)).toThrow(/does not start as Pagefind's metadata does/);
    expect(existsSync(join(dir, 'fragment/id_a1.pf_fragment'))).toBe(true);
  });
});

describe('the index kept for the next build', () => {
  const inode = (file: string) => statSync(file).ino;

  it('holds the written index’s hashed files and entry, linked, and nothing of an older one', () => {
    const kept = tempDir('indeks-simpan-');
    const first = tempDir('indeks-1-');
    writeIndex(first, ['id_a'], ['fragment/id_a.pf_fragment', 'fragment/id_b.pf_fragment', 'pagefind.js']);
    expect(keepIndex(first, kept)).toBe(3);
    const second = tempDir('indeks-2-');
    writeIndex(second, ['id_a'], ['fragment/id_a.pf_fragment', 'index/id_c.pf_index'], 'id_meta2');
    // The same name is the same file: the one already kept stays, only the new ones are linked.
    expect(keepIndex(second, kept)).toBe(2);
    expect(listed(kept)).toEqual([
      'filter',
      'fragment',
      'fragment/id_a.pf_fragment',
      'index',
      'index/id_c.pf_index',
      'pagefind-entry.json',
      'pagefind.id_meta2.pf_meta',
    ]);
    expect(inode(join(kept, 'fragment/id_a.pf_fragment'))).toBe(inode(join(first, 'fragment/id_a.pf_fragment')));
    expect(inode(join(kept, 'index/id_c.pf_index'))).toBe(inode(join(second, 'index/id_c.pf_index')));
    expect(inode(join(kept, 'pagefind-entry.json'))).toBe(inode(join(second, 'pagefind-entry.json')));
  });

  it('is kept anew, whole, when another version of Pagefind wrote the last one', () => {
    const kept = tempDir('indeks-simpan-');
    const old = tempDir('indeks-lama-');
    writeIndex(old, ['id_a'], ['fragment/id_a.pf_fragment'], 'id_meta1', '1.5.0');
    keepIndex(old, kept);
    const next = tempDir('indeks-baru-');
    writeIndex(next, ['id_a'], ['fragment/id_a.pf_fragment']);
    expect(keepIndex(next, kept)).toBe(2);
    expect(inode(join(kept, 'fragment/id_a.pf_fragment'))).toBe(inode(join(next, 'fragment/id_a.pf_fragment')));
  });
});
