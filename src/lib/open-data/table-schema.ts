import { stringify } from 'csv-stringify/sync';

/**
 * One column of a published table, written as a Frictionless Table Schema field, so that the
 * list that shapes the CSV is the very list `datapackage.json` publishes.
 */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  /** `uri` for addresses; Table Schema's other formats are not used here. */
  format?: 'uri';
  description: string;
  constraints?: {
    required?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
  };
}

type CellOf<F extends TableField> = F['type'] extends 'integer' | 'number'
  ? number
  : F['type'] extends 'boolean'
    ? boolean
    : F extends { constraints: { enum: readonly (infer V)[] } }
      ? V
      : string;

type IsRequired<F extends TableField> = F extends { constraints: { required: true } } ? true : false;

/**
 * A pattern as Table Schema writes it: XML Schema style, matched against the whole cell, so
 * without the `^` and `$` a JavaScript pattern needs for that.
 */
export function unanchored(pattern: RegExp): string {
  return pattern.source.replace(/^\^/, '').replace(/\$$/, '');
}

/** A row of a table, typed from its fields: required columns must be filled, others may be left out. */
export type RowOf<Fields extends readonly TableField[]> = {
  [F in Fields[number] as IsRequired<F> extends true ? F['name'] : never]: CellOf<F>;
} & {
  [F in Fields[number] as IsRequired<F> extends true ? never : F['name']]?: CellOf<F>;
};

/** A published table: its name (also its file name) and its columns. */
export interface Table<Fields extends readonly TableField[] = readonly TableField[]> {
  name: string;
  title: string;
  description: string;
  fields: Fields;
  primaryKey?: readonly string[];
}

/**
 * Writes rows as CSV with csv-stringify: a header of the field names, RFC 4180 quoting, CRLF line
 * ends (Table Schema's default dialect), an empty cell for a missing value, numbers with a dot
 * and booleans as `true`/`false`, so that data tools read every cell as its field's type.
 */
export function writeCsv<Fields extends readonly TableField[]>(
  table: Table<Fields>,
  rows: readonly RowOf<Fields>[],
): string {
  return stringify(rows as readonly object[] as Record<string, unknown>[], {
    header: true,
    columns: table.fields.map((field) => field.name),
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    cast: { boolean: (value) => String(value), number: (value) => String(value) },
  });
}
