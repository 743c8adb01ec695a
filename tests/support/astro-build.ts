import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localSite } from '../../src/build-time/integrations/require-site.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = `${root}dist`;
const astro = `${root}node_modules/astro/bin/astro.mjs`;

/**
 * The variables `npm run build` sets before `astro build` (package.json), so the tests and the
 * bench build the site exactly as its script does; the script stays the one place they are set.
 */
export function buildScriptEnv(
  script = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts.build,
): Record<string, string> {
  const match = /^((?:\w+=\S*\s+)*)astro build\b/.exec(script);
  if (!match) throw new Error(`package.json: the build script should be "VAR=value … astro build", found "${script}"`);
  return Object.fromEntries(
    (match[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => pair.split('=', 2)),
  );
}

/**
 * Runs `astro build` in a child process, as `npm run build` would, and returns what it printed.
 * The tests build for localhost, as `npm start` does, whatever SITE_URL the shell has; `env` can
 * still override it (`SITE_URL: ''` for a build without an address).
 */
export function runAstroBuild(
  env: Record<string, string> = {},
  args: string[] = [],
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [astro, 'build', ...args], {
    cwd: root,
    env: {
      ...process.env,
      ...buildScriptEnv(),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      // Node's compile cache, which Astro's launcher turns on, would keep a compiled copy of every
      // chunk of every test build in the system's temporary folder, for good (tests/bench/builds.ts).
      NODE_DISABLE_COMPILE_CACHE: '1',
      SITE_URL: localSite,
      // A test address on the reserved example domain, so the build has no warning to give.
      CORRECTIONS_EMAIL: 'koreksi@contoh.example',
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
