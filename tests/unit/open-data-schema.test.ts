import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex, type AreaIndex } from '../../src/place/area';
import { createCaseJsonSchema } from '../../src/lib/open-data/case-json-schema';
import { describeDataPackage } from '../../src/lib/open-data/data-package';
import { toOpenRecord } from '../../src/lib/open-data/open-data';
import { caseTable, figureTable, sourceTable } from '../../src/lib/open-data/open-tables';
import type { Sentra, SentraEntry } from '../../src/lib/case/sentra-types';
import { caseKinds } from '../../src/vocabulary/case-kinds';
import { sectors } from '../../src/vocabulary/sectors';
import { units } from '../../src/vocabulary/units';
import { createSentraSchema } from '../../src/schema/sentra';
import { createAjv } from '../support/ajv';
import { entryOf, jombangData } from '../support/case-file';

const site = new URL('https://contoh.example/');
let areas: AreaIndex;
let jombang: SentraEntry;
let schema: ReturnType<typeof createCaseJsonSchema>;
beforeAll(async () => {
  areas = await getAreaIndex();
  jombang = entryOf('slag-aluminium-kendalsari-jombang', await jombangData());
  schema = createCaseJsonSchema(new URL('/data/sentra.schema.json', site));
});

/** The Jombang record as a reader downloads it: JSON text parsed back. */
function jombangRecord(): any {
  return JSON.parse(JSON.stringify(toOpenRecord(jombang, site)));
}

describe('the JSON Schema of a case', () => {
  it('accepts a published record', () => {
    const validate = createAjv().compile(schema);
    expect(validate(jombangRecord()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a unit outside the vocabulary', (record: any) => (record.metrics[0].after.unit = 'kilo')],
    ['a range of three numbers', (record: any) => (record.metrics[0].before.value = [1, 2, 3])],
    ['a metric without its growth', (record: any) => delete record.metrics[0].growth],
    ['a field the case format does not have', (record: any) => (record.rating = 5)],
    ['a partial date of the wrong shape', (record: any) => (record.timeline[0].date = '28/07/2022')],
    ['a case without its address', (record: any) => delete record.url],
  ])('rejects %s', (_, spoil) => {
    const record = jombangRecord();
    spoil(record);
    expect(createAjv().compile(schema)(record)).toBe(false);
  });

  it('is generated from the case schema: every field, every term of the vocabularies', () => {
    const fields = Object.keys(createSentraSchema(areas).shape);
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining([...fields, 'id', 'url', 'place']));
    expect(schema.properties?.kind).toMatchObject({ enum: caseKinds.keys });
    expect(schema.properties?.sector).toMatchObject({ enum: sectors.keys });
    expect(schema.$defs?.quantity?.properties?.unit).toMatchObject({ enum: units.keys });
  });

  it('names itself and says what it describes', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://contoh.example/data/sentra.schema.json');
    expect(schema.description).toMatch(/pelajaran/);
  });
});

describe('a case with a photo, as open data', () => {
  const copy = 'https://contoh.example/_astro/pengecoran.BUHJa10o_ZX80s0.jpg';
  const withPhoto = () =>
    entryOf('contoh-foto', {
      ...jombang.data,
      photos: [
        {
          // As the build gives it: the original, which open data must never point at.
          file: { src: '/_astro/pengecoran.BUHJa10o.png', width: 1600, height: 1000, format: 'png' },
          alt: 'Pekerja menuang aluminium cair',
          credit: 'Koperasi Contoh',
          licence: 'cc-by-4.0',
        },
      ],
    } satisfies Sentra);
  const record = (): any => JSON.parse(JSON.stringify(toOpenRecord(withPhoto(), site, [copy])));

  it('links the photo’s copy, never the original, with its credit and licence', () => {
    expect(record().photos).toEqual([
      { file: copy, alt: 'Pekerja menuang aluminium cair', credit: 'Koperasi Contoh', licence: 'cc-by-4.0' },
    ]);
    const validate = createAjv().compile(schema);
    expect(validate(record()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a photo without its credit', (spoilt: any) => delete spoilt.photos[0].credit],
    ['a photo linked by a path, not an address', (spoilt: any) => (spoilt.photos[0].file = 'contoh/pengecoran.png')],
  ])('rejects %s', (_, spoil) => {
    const spoilt = record();
    spoil(spoilt);
    expect(createAjv().compile(schema)(spoilt)).toBe(false);
  });

  it('cannot be written without the address of each copy', () => {
    expect(() => toOpenRecord(withPhoto(), site)).toThrow('contoh-foto: no copy given for photo 1');
  });
});

describe('datapackage.json', () => {
  it('publishes each table with the very fields that write its CSV', () => {
    const descriptor = describeDataPackage([jombang], site);
    for (const table of [caseTable, figureTable, sourceTable]) {
      const resource = descriptor.resources.find((item) => item.name === table.name);
      expect(resource).toMatchObject({ path: `${table.name}.csv`, profile: 'tabular-data-resource' });
      expect(resource && 'schema' in resource && resource.schema).toMatchObject({ fields: table.fields });
    }
  });

  it('ties figures and sources to their case', () => {
    const resources = describeDataPackage([jombang], site).resources as any[];
    const keysOf = (name: string) => resources.find((item) => item.name === name)?.schema.foreignKeys;
    expect(keysOf('angka')).toEqual([{ fields: ['sentra'], reference: { resource: 'sentra', fields: ['sentra'] } }]);
    expect(keysOf('sumber')).toEqual(keysOf('angka'));
    expect(keysOf('sentra')).toBeUndefined();
  });

  it('lists each case’s own files and the licences of the content and of the place names', () => {
    const descriptor = describeDataPackage([jombang], site);
    expect(descriptor.resources.map((item) => item.path)).toEqual(
      expect.arrayContaining([
        'sentra.json',
        'sentra/slag-aluminium-kendalsari-jombang.json',
        'sentra/slag-aluminium-kendalsari-jombang.csv',
      ]),
    );
    expect(descriptor.licenses.map((licence) => licence.name)).toEqual(['CC-BY-4.0', 'ODbL-1.0']);
  });
});
