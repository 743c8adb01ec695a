import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import * as astroMarkdown from 'astro/markdown';

const require = createRequire(import.meta.url);
const checkDir = fileURLToPath(new URL('../content-check', import.meta.url));

/** Where the frontmatter functions of `astro/markdown` live, without the Node-only rest of it. */
const frontmatterModule = '@astrojs/internal-helpers/frontmatter';

/**
 * The check's parts that differ in the browser: the body's parser (satteri's WebAssembly needs
 * shared memory) and the photo files (no disk); `astro/markdown` reduced to its frontmatter
 * functions, the official list of places to nothing (the editor is sent the places it can pick),
 * and one copy of acorn for the ES module and the CommonJS parts that import it.
 */
function browserParts(frontmatterFile: string): Plugin {
  return {
    name: 'browser-parts',
    setup(build) {
      build.onResolve({ filter: /^\.\/(body-parser|photo-inspector)$/ }, (args) =>
        args.resolveDir === checkDir ? { path: join(checkDir, 'browser', `${args.path}.ts`) } : undefined,
      );
      build.onResolve({ filter: /^astro\/markdown$/ }, () => ({ path: frontmatterFile }));
      build.onResolve({ filter: /^acorn$/ }, () => ({ path: require.resolve('acorn').replace(/\.js$/, '.mjs') }));
      build.onResolve({ filter: /^idn-area-data$/ }, () => ({ path: 'idn-area-data', namespace: 'no-area-list' }));
      build.onLoad({ filter: /.*/, namespace: 'no-area-list' }, () => ({
        contents: `const none = () => { throw new Error('no official list of places in the browser'); };
export const getProvinces = none, getRegencies = none, getDistricts = none, getVillages = none;`,
      }));
    },
  };
}

/**
 * /admin/check.js: `npm run check`'s own code for one case file, bundled for the web editor
 * (src/content-check/browser/check-case.ts). The check reads a file's frontmatter with the same
 * function as the build; the bundle takes it from the package `astro/markdown` re-exports it
 * from, and stops when that is no longer the same function, so the two cannot drift apart.
 */
export async function bundleAdminCheck(): Promise<string> {
  // Required from Astro's own folder, as Astro finds it (it is Astro's dependency, not the site's).
  const fromAstro = createRequire(require.resolve('astro/package.json'));
  const frontmatterFile = fromAstro.resolve(frontmatterModule);
  const helpers = fromAstro(frontmatterModule) as typeof astroMarkdown;
  if (helpers.parseFrontmatter !== astroMarkdown.parseFrontmatter) {
    throw new Error(
      `admin: astro/markdown's parseFrontmatter is no longer ${frontmatterModule}'s; see src/build-time/admin-check-bundle.ts`,
    );
  }
  const result = await build({
    entryPoints: [join(checkDir, 'browser/check-case.ts')],
    bundle: true,
    format: 'esm',
    // Neutral rather than browser: the packages' plain builds, which run alike in a browser and in
    // Node, so the test that holds this check to `npm run check`'s verdicts runs this very file.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    plugins: [browserParts(frontmatterFile)],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
