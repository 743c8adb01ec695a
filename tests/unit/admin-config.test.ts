import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAreaIndex, type AreaIndex } from '../../src/place/area';
import {
  adminConfig,
  adminOrigins,
  adminSettings,
  mdxFormatName,
  placeChoices,
  type AdminConfig,
} from '../../src/lib/admin/config';
import { amountWidget, type CmsField } from '../../src/lib/admin/fields';
import { adminPage, adminPolicy, localBundle } from '../../src/lib/admin/page';
import { placeCodesIn } from '../../src/build-time/admin-check-data';
import { sectors } from '../../src/vocabulary/sectors';
import { units } from '../../src/vocabulary/units';
import { createSentraSchema } from '../../src/schema/sentra';

/** Every named field of a zod schema at any depth, as `a.b.c` with list items left out. */
function schemaPaths(schema: unknown, parent = '', found: string[] = []): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def) return found;
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
      const path = parent ? `${parent}.${key}` : key;
      found.push(path);
      schemaPaths(child, path, found);
    }
  }
  for (const key of ['innerType', 'element', 'in', 'out']) if (def[key]) schemaPaths(def[key], parent, found);
  for (const key of ['options', 'items'])
    for (const child of (def[key] as unknown[]) ?? []) schemaPaths(child, parent, found);
  return found;
}

/** Every field of the generated configuration, by the same paths. */
function configPaths(fields: CmsField[], parent = '', found: string[] = []): string[] {
  for (const field of fields) {
    const path = parent ? `${parent}.${field.name}` : field.name;
    found.push(path);
    if (field.fields) configPaths(field.fields, path, found);
    if (field.field?.fields) configPaths(field.field.fields, path, found);
  }
  return found;
}

const caseFields = (config: AdminConfig) => config.collections[0]!.fields as CmsField[];

/** The schema's fields with no counterpart in the configuration. */
function missingFields(schema: unknown, config: AdminConfig): string[] {
  const generated = new Set(configPaths(caseFields(config)));
  return [...new Set(schemaPaths(schema))].filter((path) => !generated.has(path));
}

function findField(fields: CmsField[], path: string): CmsField | undefined {
  const [name, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.name === name);
  return rest.length === 0 ? field : findField(field?.fields ?? [], rest.join('.'));
}

let areas: AreaIndex;
let schema: ReturnType<typeof createSentraSchema>;
let config: AdminConfig;
beforeAll(async () => {
  areas = await getAreaIndex();
  schema = createSentraSchema(areas);
  const places = placeChoices(areas, ['35.17.11.2016']);
  config = adminConfig(schema, adminSettings({ CMS_REPO: 'kemenperin/etalase-sentra-ikm' }), { places });
});

describe('the web editor’s configuration, generated from the case schema', () => {
  it('has a field for every field of the schema at any depth', () => {
    const paths = schemaPaths(schema);
    expect(paths).toContain('metrics.before.reports.wording');
    expect(paths).toContain('funding.paidFor.items');
    expect(missingFields(schema, config)).toEqual([]);
  });

  it('notices a nested field the configuration lacks', () => {
    const tampered = structuredClone(config);
    const after = findField(caseFields(tampered), 'metrics.after')!;
    after.fields = after.fields!.filter((field) => field.name !== 'year');
    expect(missingFields(schema, tampered)).toEqual(['metrics.after.year']);
  });

  it('labels every field in Indonesian, with no field left as its code name', () => {
    const all = (fields: CmsField[]): CmsField[] =>
      fields.flatMap((field) => [field, ...all(field.fields ?? []), ...(field.field ? all([field.field]) : [])]);
    const unlabelled = all(caseFields(config)).filter((field) => !field.label || field.label === field.name);
    expect(unlabelled.map((field) => field.name)).toEqual([]);
    expect(findField(caseFields(config), 'lastVerified')?.label).toBe('Fakta terakhir diperiksa');
  });

  it('offers the vocabularies as choices with their Indonesian labels', () => {
    const sector = findField(caseFields(config), 'sector')!;
    expect(sector.widget).toBe('select');
    expect(sector.options).toEqual(sectors.keys.map((key) => ({ label: sectors.labels[key].id, value: key })));
    const unit = findField(caseFields(config), 'metrics.after.unit')!;
    expect(unit.options?.map((option) => option.value)).toEqual([...units.keys]);
    expect(findField(caseFields(config), 'sources.kind')?.options?.[0]).toEqual({ label: 'Resmi', value: 'resmi' });
  });

  it('chooses the place by its official name and stores its kode wilayah', () => {
    const place = findField(caseFields(config), 'areaCode')!;
    expect(place.widget).toBe('select');
    expect(place.options).toContainEqual({
      label: 'Desa Kendalsari, Kecamatan Sumobito, Kabupaten Jombang, Jawa Timur (35.17.11.2016)',
      value: '35.17.11.2016',
    });
    expect(place.options).toContainEqual({ label: 'Kabupaten Jombang, Jawa Timur (35.17)', value: '35.17' });
    expect(place.options!.length).toBeGreaterThan(7000);
    expect(place.options!.length).toBeLessThan(9000);
    expect(findField(caseFields(config), 'otherAreaCodes')).toMatchObject({ widget: 'select', multiple: true });
  });

  it('edits metrics with before and after, amounts as a number or a range, and sources', () => {
    const metric = findField(caseFields(config), 'metrics')!;
    expect(metric.widget).toBe('list');
    expect(findField(caseFields(config), 'metrics.before')).toMatchObject({ widget: 'object', required: false });
    expect(findField(caseFields(config), 'metrics.after.value')?.widget).toBe(amountWidget);
    expect(findField(caseFields(config), 'ikmUnits.reports')).toMatchObject({ widget: 'list', min: 2 });
    expect(findField(caseFields(config), 'sources.url')?.pattern?.[0]).toBe('^https?://\\S+$');
    expect(findField(caseFields(config), 'funding.years')?.field).toMatchObject({
      widget: 'number',
      value_type: 'int',
    });
  });

  it('requires a photo’s alt text, credit and licence', () => {
    for (const name of ['alt', 'credit', 'licence', 'file']) {
      expect(findField(caseFields(config), `photos.${name}`)?.required).not.toBe(false);
    }
    expect(findField(caseFields(config), 'photos.sources')?.required).toBe(false);
  });

  it('keeps the body as raw MDX text in YAML-frontmatter .mdx files, published through review', () => {
    const collection = config.collections[0]!;
    expect(collection).toMatchObject({ folder: 'content/sentra', extension: 'mdx', format: mdxFormatName });
    expect(findField(caseFields(config), 'body')?.widget).toBe('text');
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('names the widget that the editor’s script registers', () => {
    const script = readFileSync('src/lib/admin/browser/editor.js', 'utf8');
    expect(script).toContain(`registerFieldType('${amountWidget}'`);
  });
});

describe('the editor’s build-time settings', () => {
  it('signs in to GitHub with a token, or through the ministry’s relay when one is set', () => {
    expect(config.backend).toEqual(expect.objectContaining({ name: 'github', auth_methods: ['token'] }));
    const relay = adminSettings({ CMS_REPO: 'a/b', CMS_BASE_URL: 'https://masuk.example.go.id' });
    expect(adminOrigins(relay)).toEqual(['https://api.github.com', 'https://masuk.example.go.id']);
  });

  it('signs in to GitLab with PKCE when an application id is set', () => {
    const settings = adminSettings({ CMS_BACKEND: 'gitlab', CMS_REPO: 'kemenperin/etalase', CMS_APP_ID: 'abc' });
    const gitlab = adminConfig(schema, settings, { places: [] });
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc' });
    expect(adminOrigins(settings)).toEqual(['https://gitlab.com']);
  });

  it('uses the browser’s own test repository when no repository is set', () => {
    const settings = adminSettings({});
    expect(settings.backend).toBe('test-repo');
    expect(adminOrigins(settings)).toEqual([]);
  });
});

describe('the editor’s page and the CMS’s bundle', () => {
  const bundle = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');

  it('makes the bundle fetch its fonts, update check, modules and host status from /admin/', () => {
    const local = localBundle(bundle, (family, variant) => `${family}-${variant}.woff2`);
    expect(local).not.toMatch(/cdn\.jsdelivr\.net|githubstatus\.com\/api|hostedstatus\.com\/1\.0|`maximum-scale=1`/);
    expect(local).not.toMatch(/\w+=`\$\{\w+\}\/package\.json`/);
    expect(local).toContain('/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2');
    expect(local).toContain('`/admin/vendor/${');
  });

  it('fails the build when an upgrade changes what is made local', () => {
    expect(() => localBundle(bundle.replace('cdn.jsdelivr.net', 'fonts.example'), () => 'x')).toThrow(/2, 1, 1, 2/);
  });

  it('allows the git host’s API and nothing else beyond its own origin', () => {
    const policy = adminPolicy(['https://api.github.com']);
    expect(policy).toContain("connect-src 'self' data: https://api.github.com;");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|https:\/\/(?!api\.github\.com)/);
    expect(adminPage(policy)).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('finds the kode wilayah a case names in its frontmatter only', () => {
    const text = "---\nareaCode: '35.17.11.2016'\notherAreaCodes: [52.08.01.2001]\n---\n\nBukan 35.17.11.2017.\n";
    expect(placeCodesIn(text)).toEqual(['35.17.11.2016', '52.08.01.2001']);
  });
});
