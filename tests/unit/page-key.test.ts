import { describe, expect, it } from 'vitest';
import { pageKeyOf } from '../../src/lib/page-key';

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
