import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Each file of a folder, by its path inside it, with the SHA-256 of its bytes. */
function fingerprint(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(root, file)).isFile())
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(root, file)))
        .digest('hex'),
    ]),
  );
}

/** How two folders differ, one line per file: only in one of them, or not the same bytes. */
export function diffFolders(a: string, b: string): string[] {
  const [left, right] = [fingerprint(a), fingerprint(b)];
  const files = [...new Set([...left.keys(), ...right.keys()])].sort();
  return files.flatMap((file) => {
    if (!right.has(file)) return [`${file}: only in the first`];
    if (!left.has(file)) return [`${file}: only in the second`];
    return left.get(file) === right.get(file) ? [] : [`${file}: different bytes`];
  });
}
