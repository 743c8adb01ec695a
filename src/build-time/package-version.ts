import { findPackageJSON } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The installed version of a package, found from the project, not from this module: the built
 * copy of this code runs from a folder of its own, wherever the build writes to. Node's
 * `findPackageJSON`, because some packages (Pagefind) do not export their package.json.
 */
export function packageVersion(name: string): string {
  const file = findPackageJSON(name, pathToFileURL(join(process.cwd(), 'package.json')));
  if (!file) throw new Error(`No package.json found for ${name}`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
