import { formatPlace, resolvePlace, type AreaIndex } from '../../place/area';
import { fieldsOf, shapeOf, type Choice, type CmsField, type FieldContext } from './fields';
import { fieldTexts } from './labels';

/**
 * Where the editor reads and commits, from build-time settings (`CMS_*`, read by the admin
 * integration in astro.config.mjs, never by a page): GitHub or GitLab, the repository, its branch,
 * and how editors sign in.
 */
export interface AdminSettings {
  backend: 'github' | 'gitlab' | 'test-repo';
  /** `owner/name` on the git host. */
  repo: string;
  branch: string;
  /** The git host's API, e.g. `https://api.github.com` or `https://gitlab.example.go.id/api/v4`. */
  apiRoot?: string;
  /** GitLab: the instance (`https://gitlab.com`); GitHub: the ministry's OAuth relay, if any. */
  baseUrl?: string;
  /** GitLab PKCE: the OAuth application's id. */
  appId?: string;
}

/** The API origin each backend talks to when no `apiRoot` is set. */
const defaultApiRoots = { github: 'https://api.github.com', gitlab: 'https://gitlab.com/api/v4' } as const;

/** The settings from the environment the build runs in; without `CMS_REPO`, the in-browser test repository. */
export function adminSettings(env: Record<string, string | undefined>): AdminSettings {
  const backend = env.CMS_BACKEND === 'gitlab' ? 'gitlab' : env.CMS_REPO ? 'github' : 'test-repo';
  return {
    backend,
    repo: env.CMS_REPO ?? '',
    branch: env.CMS_BRANCH || 'main',
    ...(env.CMS_API_ROOT ? { apiRoot: env.CMS_API_ROOT } : {}),
    ...(env.CMS_BASE_URL ? { baseUrl: env.CMS_BASE_URL } : {}),
    ...(env.CMS_APP_ID ? { appId: env.CMS_APP_ID } : {}),
  };
}

/** Every origin the editor may talk to besides its own: the git host's API, the sign-in relay. */
export function adminOrigins(settings: AdminSettings): string[] {
  if (settings.backend === 'test-repo') return [];
  const api = settings.apiRoot ?? defaultApiRoots[settings.backend];
  const origins = [
    api,
    settings.baseUrl,
    settings.backend === 'gitlab' ? (settings.baseUrl ?? 'https://gitlab.com') : undefined,
  ];
  return [...new Set(origins.filter((origin): origin is string => !!origin).map((origin) => new URL(origin).origin))];
}

function backendOf(settings: AdminSettings): Record<string, unknown> {
  if (settings.backend === 'test-repo') return { name: 'test-repo' };
  const common = {
    name: settings.backend,
    repo: settings.repo,
    branch: settings.branch,
    ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
    ...(settings.baseUrl ? { base_url: settings.baseUrl } : {}),
    commit_messages: {
      create: 'Kasus baru: {{slug}}',
      update: 'Perbarui kasus {{slug}}',
      delete: 'Hapus kasus {{slug}}',
      uploadMedia: 'Unggah {{path}}',
      deleteMedia: 'Hapus {{path}}',
    },
  };
  if (settings.backend === 'gitlab' && settings.appId) return { ...common, auth_type: 'pkce', app_id: settings.appId };
  // Without an OAuth app (GitLab PKCE) or relay (base_url), editors sign in with a personal token.
  return settings.baseUrl ? common : { ...common, auth_methods: ['token'] };
}

/**
 * The places an editor can choose: every kabupaten/kota and kecamatan (about 7,800), and the desa
 * and kelurahan the cases already name. All 84,000 villages would make the configuration some
 * 6 MB; a village not yet used is written by its code in the file, as `npm run new` resolves it.
 */
export function placeChoices(areas: AreaIndex, usedCodes: Iterable<string>): Choice[] {
  const codes = new Set([...areas.regencies.keys(), ...areas.districts.keys(), ...usedCodes]);
  const choices: Choice[] = [];
  for (const code of codes) {
    const place = resolvePlace(areas, code);
    if (place) choices.push({ label: `${formatPlace(place)} (${code})`, value: code });
  }
  return choices.sort((a, b) => a.value.localeCompare(b.value));
}

/** The case files' format, which the editor's script (browser/editor.js) registers under this name. */
export const mdxFormatName = 'mdx-frontmatter';

/** The body of a case: its MDX text as written, in a plain text area (never a rich-text editor). */
export const bodyField: CmsField = {
  name: 'body',
  label: fieldTexts.body?.label ?? 'body',
  hint: fieldTexts.body?.hint,
  widget: 'text',
};

/**
 * The CMS's whole configuration, generated from the case schema's shape: one collection, the case
 * files of content/sentra/, MDX with YAML frontmatter, published only through review (pull requests).
 */
export function adminConfig(schema: unknown, settings: AdminSettings, context: FieldContext) {
  return {
    load_config_file: false,
    backend: backendOf(settings),
    publish_mode: 'editorial_workflow',
    media_folder: 'content/sentra',
    public_folder: '',
    app_title: 'Etalase Sentra IKM: editor',
    show_preview_links: false,
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: 'sentra',
        label: 'Kasus sentra IKM',
        label_singular: 'kasus',
        description:
          'Satu berkas MDX per sentra di content/sentra/. Setiap perubahan diajukan untuk ditinjau sebelum terbit.',
        folder: 'content/sentra',
        extension: 'mdx',
        // YAML frontmatter, read and written by the editor's own format (browser/frontmatter.js),
        // which edits the file's YAML in place: Sveltia's `yaml-frontmatter` rewrites all of it.
        format: mdxFormatName,
        create: true,
        delete: false,
        slug: '{{fields.title}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title', 'lastVerified'],
        fields: [...fieldsOf(shapeOf(schema), '', context), bodyField],
      },
    ],
  };
}

export type AdminConfig = ReturnType<typeof adminConfig>;
