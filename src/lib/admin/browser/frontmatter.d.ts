import type * as YamlPackage from 'yaml';

/** The `yaml` package, or its browser build. */
type Yaml = typeof YamlPackage;

/** A case file read into the CMS: its frontmatter's fields and its MDX body. */
export type Entry = Record<string, unknown> & { body?: string };

export function mdxFormat(
  YAML: Yaml,
  defaultOf?: (path: (string | number)[]) => unknown,
): { fromFile(text: string): Entry; toFile(entry: Entry): string };
