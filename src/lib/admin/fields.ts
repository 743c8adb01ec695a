import { caseKinds } from '../../vocabulary/case-kinds';
import { fundingSchemes } from '../../vocabulary/funding-schemes';
import { photoLicences } from '../../vocabulary/photo-licences';
import { replicationSteps } from '../../vocabulary/replication-steps';
import { sectors } from '../../vocabulary/sectors';
import { statuses } from '../../vocabulary/statuses';
import { units } from '../../vocabulary/units';
import type { Label } from '../../vocabulary/define-vocabulary';
import { choiceTexts, fieldTexts, lookUp } from './labels';

/** One choice of a select field: what the editor reads, and what is written in the file. */
export interface Choice {
  label: string;
  value: string;
}

/** A field of the CMS's configuration (Sveltia CMS, Decap-compatible), as much as is generated here. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: Choice[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  field?: CmsField;
  fields?: CmsField[];
  collapsed?: boolean;
  summary?: string;
}

/** The widget registered by the admin script for an amount: a number, or `[min, max]`. */
export const amountWidget = 'angka-atau-rentang';

/** What the generator needs beyond the schema: the places an editor may choose. */
export interface FieldContext {
  places: Choice[];
}

/** Fields whose strings are kode wilayah: a select over official names. */
const placeFields = new Set(['areaCode', 'otherAreaCodes']);

const vocabularies: { labels: Record<string, Label>; keys: readonly string[] }[] = [
  caseKinds,
  fundingSchemes,
  photoLicences,
  replicationSteps,
  sectors,
  statuses,
  units,
];

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  in?: unknown;
  out?: unknown;
  options?: unknown[];
  items?: unknown[];
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
}

interface CheckDef {
  check: string;
  pattern?: RegExp;
  value?: number | bigint;
  minimum?: number;
  inclusive?: boolean;
  format?: string;
}

const defOf = (schema: unknown): Def => {
  const def = (schema as { _zod?: { def?: Def } })?._zod?.def;
  if (!def) throw new Error('not a zod schema');
  return def;
};

const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((check) => check._zod.def);

/** The choices of an enum: the vocabulary's Indonesian labels, or the table's for inline enums. */
function choicesOf(path: string, keys: string[]): Choice[] {
  const vocabulary = vocabularies.find(
    (candidate) => candidate.keys.length === keys.length && keys.every((key) => key in candidate.labels),
  );
  const inline = lookUp(choiceTexts, path);
  return keys.map((key) => {
    const label = vocabulary?.labels[key]?.id ?? inline?.[key];
    if (!label) throw new Error(`admin: no Indonesian label for choice "${key}" of ${path}`);
    return { label, value: key };
  });
}

/** The schema under a wrapper that does not change what the field holds (optional, default, preprocess). */
function unwrap(schema: unknown): { def: Def; optional: boolean; defaultValue?: unknown } {
  let def = defOf(schema);
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? undefined : def.defaultValue;
    } else if (def.type === 'pipe' && defOf(def.in).type === 'transform') {
      def = defOf(def.out);
      continue;
    } else break;
    def = defOf(def.innerType);
  }
  return { def, optional, defaultValue };
}

/** A string field's pattern: the schema's regex, or the address check of `z.url`. */
function patternOf(def: Def): [string, string] | undefined {
  for (const check of checksOf(def)) {
    if (check.check === 'string_format' && check.pattern && check.format !== 'url')
      return [check.pattern.source, 'Bentuknya belum sesuai; lihat petunjuk di bawah kolom ini.'];
  }
  if (def.format === 'url') return ['^https?://\\S+$', 'Alamat lengkap yang diawali http:// atau https://.'];
  return undefined;
}

function numberLimits(def: Def): Pick<CmsField, 'min' | 'max' | 'value_type'> {
  const limits: Pick<CmsField, 'min' | 'max' | 'value_type'> = { value_type: 'float' };
  for (const check of checksOf(def)) {
    if (check.check === 'number_format') limits.value_type = 'int';
    if (check.check === 'greater_than') limits.min = Number(check.value);
    if (check.check === 'less_than') limits.max = Number(check.value);
  }
  return limits;
}

/** The widget and options for a value of the given schema, without name and label. */
function widgetFor(schema: unknown, path: string, context: FieldContext): Omit<CmsField, 'name' | 'label'> {
  const { def } = unwrap(schema);
  if (placeFields.has(path)) {
    const multiple = def.type === 'array';
    return { widget: 'select', options: context.places, ...(multiple ? { multiple } : {}) };
  }
  switch (def.type) {
    case 'string': {
      const pattern = patternOf(def);
      return {
        widget: path === 'summary' || path.endsWith('.text') ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
      };
    }
    case 'number':
      return { widget: 'number', ...numberLimits(def) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: choicesOf(path, Object.keys(def.entries ?? {})) };
    case 'union':
      // The one union in the schema: an amount, one number or a range [min, max].
      if ((def.options ?? []).some((option) => defOf(option).type === 'tuple')) return { widget: amountWidget };
      throw new Error(`admin: no widget for the union at ${path}`);
    case 'object':
      return { widget: 'object', fields: fieldsOf(def.shape ?? {}, path, context) };
    case 'array': {
      const limits = checksOf(def)
        .filter((check) => check.check === 'min_length' || check.check === 'max_length')
        .map((check) => [check.check === 'min_length' ? 'min' : 'max', Number(check.minimum ?? check.value)]);
      const element = unwrap(def.element).def;
      if (element.type === 'object') {
        const fields = fieldsOf(element.shape ?? {}, path, context);
        return { widget: 'list', collapsed: true, fields, ...Object.fromEntries(limits) };
      }
      // Source ids: the CMS's plain list of short texts (an id has no comma or space).
      if (path === 'sources' || path.endsWith('.sources')) return { widget: 'list', ...Object.fromEntries(limits) };
      return {
        widget: 'list',
        field: {
          name: 'item',
          label: lookUp(fieldTexts, path)?.label ?? path,
          ...widgetFor(def.element, `${path}.item`, context),
        },
        ...Object.fromEntries(limits),
      };
    }
    default:
      throw new Error(`admin: no widget for a "${def.type}" at ${path}`);
  }
}

/** The CMS fields of an object's shape, each labelled from the table in `labels.ts`. */
export function fieldsOf(shape: Record<string, unknown>, parent: string, context: FieldContext): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => {
    const path = parent ? `${parent}.${name}` : name;
    const text = lookUp(fieldTexts, path);
    if (!text) throw new Error(`admin: no Indonesian label for the field ${path} (src/lib/admin/labels.ts)`);
    const { optional, defaultValue } = unwrap(schema);
    return {
      name,
      label: text.label,
      ...(text.hint ? { hint: text.hint } : {}),
      ...widgetFor(schema, path, context),
      ...(optional ? { required: false } : {}),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    };
  });
}

/** The fields of an object schema (under any optional or default), for the generator to walk. */
export function shapeOf(schema: unknown): Record<string, unknown> {
  const { def } = unwrap(schema);
  if (def.type !== 'object' || !def.shape) throw new Error('admin: the case schema is not an object');
  return def.shape;
}
