import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { localSite } from '../../src/integrations/require-site.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = `${root}dist`;
const astro = `${root}node_modules/astro/bin/astro.mjs`;

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
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      SITE_URL: localSite,
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
