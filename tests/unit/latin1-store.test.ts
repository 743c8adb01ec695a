import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latin1Store, storeModule } from '../../src/integrations/latin1-store';
import { escapeJsonBeyondLatin1 } from '../../src/lib/latin1-text';

// The store's values as a case and a guide carry them: a range's dash, an ellipsis, an accented
// letter (Latin-1, left as it is), and a character beyond the Basic Multilingual Plane.
const values = { range: '2015–2019', title: 'Tujuh Tahun…', name: 'Café Kopi', sign: '🏭', plain: 'Rp1,5 miliar' };

/** The module as Astro writes it: JSON text in a string literal, parsed when the module runs. */
const storeSource = `export default JSON.parse(${JSON.stringify(JSON.stringify(values))})`;

/** The string literal of the module's source, read as JavaScript reads it. */
const literalOf = (source: string): string =>
  JSON.parse(source.slice(source.indexOf('(') + 1, source.lastIndexOf(')'))) as string;

const beyondLatin1 = /[\u0100-\uffff]/;

describe('the content store written in Latin-1', () => {
  it('holds no character beyond Latin-1, in its source or in the string it parses', () => {
    expect(storeSource).toMatch(beyondLatin1);
    const escaped = escapeJsonBeyondLatin1(storeSource);
    expect(escaped).not.toMatch(beyondLatin1);
    expect(literalOf(escaped)).not.toMatch(beyondLatin1);
  });

  it('parses to the same values, the accented letter untouched', () => {
    const escaped = escapeJsonBeyondLatin1(storeSource);
    expect(JSON.parse(literalOf(escaped))).toEqual(values);
    expect(escaped).toContain('Café');
  });

  it('is applied to Astro’s store module, whole or in chunks, and to no other module', () => {
    // The id as the installed Astro names it: a new name would leave the store as it was, unnoticed.
    const consts = readFileSync('node_modules/astro/dist/content/consts.js', 'utf8');
    const id = /const DATA_STORE_VIRTUAL_ID = "([^"]+)"/.exec(consts)?.[1];
    expect(id).toBe('astro:data-layer-content');
    expect(storeModule.test(`\0${id}`)).toBe(true);
    expect(storeModule.test(`\0${id}-chunk:0123456789abcdef.txt.mjs`)).toBe(true);
    expect(storeModule.test('\0astro:content')).toBe(false);
    expect(storeModule.test('/work/content/sentra/a.mdx')).toBe(false);
  });

  it('rewrites the module through the plugin, and leaves a store already in Latin-1 alone', () => {
    const { transform } = latin1Store();
    const handler = (transform as { handler: (code: string) => { code: string } | null }).handler;
    expect(handler(storeSource)?.code).toBe(escapeJsonBeyondLatin1(storeSource));
    expect(handler('export default JSON.parse("{\\"a\\":\\"Café\\"}")')).toBeNull();
  });
});
