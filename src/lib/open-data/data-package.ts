import { contentLicence, placeNamesLicence, placeNamesSource } from './open-licences';
import { caseTable, figureTable, sourceTable } from './open-tables';
import type { SentraEntry } from '../case/sentra-types';
import type { Table } from './table-schema';

/** The files of /data/, relative to it, so that a downloaded copy of the folder works as it is. */
export const dataFiles = {
  casesJson: 'sentra.json',
  caseJsonSchema: 'sentra.schema.json',
  figureTableSchema: `${figureTable.name}.tableschema.json`,
  packageDescriptor: 'datapackage.json',
  csvOf: (table: Table) => `${table.name}.csv`,
  caseJson: (id: string) => `sentra/${id}.json`,
  caseCsv: (id: string) => `sentra/${id}.csv`,
};

/** The site-wide addresses of one case's own record, for the links on its page. */
export function caseDataLinks(id: string) {
  return { json: `/data/${dataFiles.caseJson(id)}`, csv: `/data/${dataFiles.caseCsv(id)}` };
}

/**
 * A table as a Frictionless Table Schema: its fields as they are, an empty cell read as missing,
 * and every table but the cases' own pointing back to a case by its id.
 */
export function toTableSchema(table: Table) {
  const linked = table.name !== caseTable.name && table.fields.some((field) => field.name === caseTable.primaryKey[0]);
  return {
    fields: table.fields,
    missingValues: [''],
    ...(table.primaryKey && { primaryKey: table.primaryKey }),
    ...(linked && {
      foreignKeys: [
        {
          fields: [...caseTable.primaryKey],
          reference: { resource: caseTable.name, fields: [...caseTable.primaryKey] },
        },
      ],
    }),
  };
}

const csv = { profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' } as const;
const json = { format: 'json', mediatype: 'application/json', encoding: 'utf-8' } as const;

function tableResource(table: Table) {
  const { name, title, description } = table;
  return { name, path: dataFiles.csvOf(table), title, description, ...csv, schema: toTableSchema(table) };
}

/**
 * The Frictionless Data Package of /data/: every file, its fields with their types and meaning,
 * and the licences. JSON files point to their JSON Schema under `jsonSchema`, the name
 * Frictionless gives it for non-tabular data; Table Schema itself is for tables only.
 */
export function describeDataPackage(entries: readonly SentraEntry[], site: URL) {
  return {
    profile: 'data-package',
    name: 'etalase-sentra-ikm',
    title: 'Etalase Sentra IKM: data terbuka',
    description:
      'Kisah sentra industri kecil dan menengah (IKM) Indonesia, dengan setiap angka, satuannya, tahunnya, batas bawah dan atasnya, kata sumber dan alamat sumbernya. Kisah sukses, pelajaran (sentra yang tidak berjalan seperti rencana) dan tahap awal (belum ada hasil yang dilaporkan) dibedakan oleh kolom "jenis". Dibuat ulang dari berkas kasus setiap kali situs dibangun.',
    homepage: new URL('/data/', site).href,
    keywords: ['sentra IKM', 'industri kecil dan menengah', 'Indonesia', 'pemerintah daerah', 'DAK'],
    licenses: [contentLicence, placeNamesLicence],
    sources: [placeNamesSource, { title: 'Sumber yang dikutip setiap kasus: lihat sumber.csv' }],
    resources: [
      tableResource(caseTable),
      tableResource(figureTable),
      tableResource(sourceTable),
      {
        name: 'sentra-json',
        path: dataFiles.casesJson,
        title: 'Semua kasus, lengkap (JSON)',
        description: 'Objek dengan satu larik "sentra": setiap kasus seperti dijelaskan sentra.schema.json.',
        ...json,
        jsonSchema: {
          type: 'object',
          required: ['sentra'],
          properties: { sentra: { type: 'array', items: { $ref: dataFiles.caseJsonSchema } } },
        },
      },
      ...entries.flatMap((entry) => [
        {
          name: `${entry.id}.json`,
          path: dataFiles.caseJson(entry.id),
          title: `${entry.data.title} (JSON)`,
          ...json,
          jsonSchema: dataFiles.caseJsonSchema,
        },
        {
          name: `${entry.id}.csv`,
          path: dataFiles.caseCsv(entry.id),
          title: `${entry.data.title}: angka (CSV)`,
          ...csv,
          schema: dataFiles.figureTableSchema,
        },
      ]),
    ],
  };
}
