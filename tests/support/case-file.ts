import { readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';

/** The real Jombang case, the one every schema test starts from. */
export const jombangFile = 'content/sentra/slag-aluminium-kendalsari-jombang.mdx';

/** A case file's frontmatter, parsed the way Astro parses it. */
export function readFrontmatter(file: string): Record<string, unknown> {
  return parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
}
