import { createAjv } from './ajv.ts';

/** A Table Schema field as datapackage.json publishes it. */
interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

const lexical = {
  integer: /^[-+]?\d+$/,
  number: /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/,
} as const;

// A cell read as its field's type, the way Table Schema defines the text of each type; text that
// is not of the type stays text, so the type check below reports it.
function castCell(field: Field, cell: string): unknown {
  if (cell === '') return undefined;
  if (field.type === 'integer' || field.type === 'number') return lexical[field.type].test(cell) ? Number(cell) : cell;
  if (field.type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
}

/**
 * Checks CSV rows against a Table Schema with ajv: each field's type, `required`, `enum`,
 * `pattern` (matched against the whole cell, as Table Schema means it) and `minimum`, and
 * `uri` and `date` formats. Returns the problems found, empty when every row passes.
 */
export function checkRows(fields: Field[], rows: Record<string, string>[]): string[] {
  const schema = {
    type: 'object',
    additionalProperties: false,
    required: fields.filter((field) => field.constraints?.required).map((field) => field.name),
    properties: Object.fromEntries(
      fields.map(({ name, type, format, constraints = {} }) => [
        name,
        {
          type: type === 'date' ? 'string' : type,
          ...(type === 'date' && { format: 'date' }),
          ...(format === 'uri' && { format: 'uri' }),
          ...(constraints.enum && { enum: constraints.enum }),
          ...(constraints.pattern && { pattern: `^(?:${constraints.pattern})$` }),
          ...(constraints.minimum !== undefined && { minimum: constraints.minimum }),
        },
      ]),
    ),
  };
  const validate = createAjv().compile(schema);
  return rows.flatMap((row, index) => {
    const cast = Object.fromEntries(
      fields
        .map((field) => [field.name, castCell(field, row[field.name] ?? '')])
        .filter(([, value]) => value !== undefined),
    );
    return validate(cast)
      ? []
      : (validate.errors ?? []).map((error) => `row ${index + 1} ${error.instancePath} ${error.message}`);
  });
}
