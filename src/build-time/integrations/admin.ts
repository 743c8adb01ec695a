import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getAreaIndex } from '../../place/area';
import { adminConfig, adminOrigins, placeChoices, type AdminSettings } from '../../lib/admin/config';
import { adminPage, adminPolicy, localBundle } from '../../lib/admin/page';
import { createSentraSchema } from '../../schema/sentra';
import { bundleAdminCheck } from '../admin-check-bundle';
import { areaLists, caseFilesIn, caseIdentities, photoFiles, placeCodesIn } from '../admin-check-data';

const browserDir = fileURLToPath(new URL('../../lib/admin/browser/', import.meta.url));

const require = createRequire(import.meta.url);

/** Sveltia CMS's package folder, as npm installed it. */
function cmsDir(): string {
  // The package exports only its entry point, npm/index.js.
  return dirname(dirname(require.resolve('@sveltia/cms')));
}

/**
 * Every file of /admin/, by its path under it: the page, the generated configuration, the CMS's
 * bundle and the chunk it loads for custom fields (copied from node_modules, made local), its
 * fonts and their licences, and the editor's own scripts.
 */
export async function adminFiles(root: URL, settings: AdminSettings): Promise<Map<string, Buffer | string>> {
  const cms = cmsDir();
  const cmsPackage = JSON.parse(readFileSync(join(cms, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: { immutable: string };
  };
  const assets = join(cms, 'npm/assets');
  const assetNames = readdirSync(assets);
  const fontFile = (family: string, variant: string) => {
    const name = assetNames.find((file) => file.startsWith(`${family}-${variant}-`) && file.endsWith('.woff2'));
    if (!name) throw new Error(`admin: no local copy of Sveltia CMS's font ${family} ${variant} in ${assets}`);
    return name;
  };
  const files = new Map<string, Buffer | string>();
  files.set('sveltia-cms.js', localBundle(readFileSync(join(cms, 'dist/sveltia-cms.js'), 'utf8'), fontFile));
  files.set('chunks/react-dom.js', readFileSync(join(cms, 'dist/chunks/react-dom.js')));
  for (const file of assetNames.filter((name) => /\.(woff2|LICENSE\.txt)$/.test(name))) {
    files.set(`fonts/${file}`, readFileSync(join(assets, file)));
  }
  // Imported by the bundle as immutable@<the version it was built with>; npm installs a compatible one.
  const immutable = require.resolve('immutable/dist/immutable.es.js');
  files.set(
    `vendor/immutable@${cmsPackage.dependencies.immutable.replace(/^\D/, '')}/dist/immutable.es.js`,
    readFileSync(immutable),
  );
  files.set('sveltia-cms-version.json', JSON.stringify({ version: cmsPackage.version }));
  files.set('host-status.json', '{}');
  // The editor's own scripts (the .d.ts files beside them only type them for the tests).
  for (const file of readdirSync(browserDir).filter((name) => name.endsWith('.js'))) {
    files.set(file, readFileSync(join(browserDir, file)));
  }
  // The `yaml` package's browser build (plain ES modules), which the format edits the files with.
  const yamlDir = join(dirname(dirname(require.resolve('yaml'))), 'browser/dist');
  for (const file of readdirSync(yamlDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.js'),
  )) {
    files.set(`vendor/yaml/${file}`, readFileSync(join(yamlDir, file)));
  }

  const areas = await getAreaIndex();
  const casesDir = fileURLToPath(new URL('content/sentra/', root));
  const caseFiles = caseFilesIn(casesDir);
  const used = caseFiles.flatMap((file) => placeCodesIn(file.text));
  const config = adminConfig(createSentraSchema(areas), settings, { places: placeChoices(areas, used) });
  files.set('config.json', JSON.stringify(config));
  // The check of `npm run check`, bundled for the browser, and what it knows of the repository.
  const rootDir = fileURLToPath(root);
  files.set('check.js', await bundleAdminCheck());
  files.set('areas.json', JSON.stringify(areaLists(areas, used)));
  files.set('photos.json', JSON.stringify(await photoFiles(rootDir, casesDir)));
  files.set('case-identities.json', JSON.stringify(caseIdentities(rootDir, caseFiles)));
  files.set('index.html', adminPage(adminPolicy(adminOrigins(settings))));
  return files;
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
};

/**
 * /admin/: Sveltia CMS, a web editor that commits the case files through the git host's API,
 * written into the build after the pages (and served by `npm run dev`). `settings` come from the
 * build's environment, read in astro.config.mjs.
 */
export function admin(settings: AdminSettings): AstroIntegration {
  let root: URL;
  return {
    name: 'admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:server:setup': ({ server }) => {
        let files: Promise<Map<string, Buffer | string>> | undefined;
        server.middlewares.use('/admin', (request, response, next) => {
          const path = (request.url ?? '/').split('?')[0]!.replace(/^\//, '') || 'index.html';
          files ??= adminFiles(root, settings);
          files.then((all) => {
            const file = all.get(path);
            if (file === undefined) return next();
            response.setHeader('Content-Type', types[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
            response.end(file);
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        for (const [path, content] of await adminFiles(root, settings)) {
          const file = fileURLToPath(new URL(`admin/${path}`, dir));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, content);
        }
      },
    },
  };
}
