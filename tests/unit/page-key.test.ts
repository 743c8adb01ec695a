import { describe, expect, it } from 'vitest';
import { filterLinksOf, listKeyOf, listPageKeyOf, pageKeyOf } from '../../src/build-time/page-key';

describe('pageKeyOf', () => {
  const props = {
    entry: { id: 'a', data: { title: 'Sentra A', funding: [{ year: 2019 }] }, body: 'Kisah.' },
    related: [],
  };

  it('gives the same key for the same props, and another for any change, however deep', () => {
    expect(pageKeyOf(structuredClone(props))).toBe(pageKeyOf(props));
    const changes = [
      { ...props, entry: { ...props.entry, body: 'Kisah lain.' } },
      { ...props, entry: { ...props.entry, data: { ...props.entry.data, funding: [{ year: 2020 }] } } },
      { ...props, related: [{ entry: { id: 'b' }, reasons: ['provinsi sama'] }] },
    ];
    for (const changed of changes) expect(pageKeyOf(changed)).not.toBe(pageKeyOf(props));
  });
});

describe('pageKeyOf and an entry', () => {
  const entry = (data: object) => ({ collection: 'sentra', id: 'a', data, body: 'Kisah.' });

  it('changes with the entry’s data, its story and what it is, as with any other props', () => {
    const data = { title: 'Sentra A', funding: [{ year: 2019 }] };
    const key = pageKeyOf({ entry: entry(data) });
    expect(pageKeyOf({ entry: entry(structuredClone(data)) })).toBe(key);
    expect(pageKeyOf({ entry: entry({ ...data, funding: [{ year: 2020 }] }) })).not.toBe(key);
    expect(pageKeyOf({ entry: { ...entry(data), body: 'Kisah lain.' } })).not.toBe(key);
    expect(pageKeyOf({ entry: { ...entry(data), id: 'b' } })).not.toBe(key);
    expect(pageKeyOf({ entry: { ...entry(data), collection: 'panduan' } })).not.toBe(key);
  });

  it('reads the same data object once, however many keys it goes into', () => {
    let reads = 0;
    const data = {
      get title() {
        reads++;
        return 'Sentra A';
      },
    };
    const keys = [pageKeyOf({ entry: entry(data) }), listPageKeyOf({ shown: [entry(data)] }, '', '2026-12')];
    pageKeyOf({ entry: entry(data), related: [] });
    expect(reads).toBe(1);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('pageKeyOf and a photo', () => {
  /** A stand-in for what Astro's image() gives: reading a field other than fsPath or clone marks the original as used. */
  function photo(width: number, read: string[]) {
    const target = { src: '/_astro/foto.png', width, height: 750, format: 'png' };
    return new Proxy(target, {
      get(object, name) {
        if (name === 'clone') return structuredClone(object);
        if (name === 'fsPath') return '/konten/foto.png';
        if (object[name as keyof typeof object] !== undefined) read.push(String(name));
        return object[name as keyof typeof object];
      },
    });
  }

  it('hashes its fields without marking the original file as used, which would publish it', () => {
    const read: string[] = [];
    const key = pageKeyOf({ entry: { data: { photos: [{ src: photo(1200, read) }] } } });
    expect(read).toEqual([]);
    expect(pageKeyOf({ entry: { data: { photos: [{ src: photo(800, read) }] } } })).not.toBe(key);
    expect(read).toEqual([]);
  });

  it('does so in the data of a whole entry too', () => {
    const read: string[] = [];
    const entry = (width: number) => ({
      collection: 'sentra',
      id: 'a',
      data: { photos: [{ src: photo(width, read) }] },
    });
    const key = pageKeyOf({ entry: entry(1200) });
    expect(pageKeyOf({ entry: entry(800) })).not.toBe(key);
    expect(read).toEqual([]);
  });
});

describe('listKeyOf', () => {
  const entries = [
    { collection: 'sentra', id: 'a', data: { title: 'Sentra A' }, body: 'Kisah A.' },
    { collection: 'panduan', id: 'b', data: { title: 'Panduan B' }, body: 'Isi B.' },
  ];

  it('changes with any entry’s frontmatter, or an entry added, and not with a story’s text', () => {
    const key = listKeyOf(entries);
    expect(listKeyOf([{ ...entries[0]!, body: 'Kisah A, lebih panjang.' }, entries[1]!])).toBe(key);
    expect(listKeyOf([{ ...entries[0]!, data: { title: 'Sentra A baru' } }, entries[1]!])).not.toBe(key);
    expect(listKeyOf([...entries, { collection: 'sentra', id: 'c', data: {} }])).not.toBe(key);
    expect(listKeyOf([{ ...entries[0]!, collection: 'panduan' }, entries[1]!])).not.toBe(key);
  });
});

describe('listPageKeyOf', () => {
  const a = { collection: 'sentra', id: 'a', data: { title: 'Sentra A' }, body: 'Kisah A.' };
  const b = { collection: 'sentra', id: 'b', data: { title: 'Sentra B' }, body: 'Kisah B.' };
  const page = { shown: [a], stories: 2, lessons: 0, number: 1, count: 2 };
  const shared = pageKeyOf(filterLinksOf([{ facet: 'provinsi', slug: 'bali', label: 'Bali', entries: [a, b] }]));
  const month = '2026-12';

  it('changes with the data of a case on the page, and not with its story or with a case elsewhere', () => {
    const key = listPageKeyOf(page, shared, month);
    expect(listPageKeyOf({ ...page, shown: [{ ...a, body: 'Kisah A, lebih panjang.' }] }, shared, month)).toBe(key);
    expect(listPageKeyOf({ ...page, shown: [{ ...a, data: { title: 'Sentra A baru' } }] }, shared, month)).not.toBe(
      key,
    );
    // Case b, on page 2, is not in this page's key at all.
    expect(listPageKeyOf({ ...page, shown: [b], number: 2 }, shared, month)).not.toBe(key);
  });

  it('changes with what the page says of the whole list, and with what every page of the route shows', () => {
    const key = listPageKeyOf(page, shared, month);
    expect(listPageKeyOf({ ...page, stories: 3 }, shared, month)).not.toBe(key);
    expect(listPageKeyOf({ ...page, count: 3 }, shared, month)).not.toBe(key);
    const renamed = [{ facet: 'provinsi', slug: 'bali', label: 'Provinsi Bali', entries: [a, b] }];
    expect(listPageKeyOf(page, pageKeyOf(filterLinksOf(renamed)), month)).not.toBe(key);
    const counted = [{ facet: 'provinsi', slug: 'bali', label: 'Bali', entries: [a] }];
    expect(listPageKeyOf(page, pageKeyOf(filterLinksOf(counted)), month)).not.toBe(key);
  });
});
