import { mdxToMdast } from 'satteri';
import type { Node } from 'unist';

/**
 * An editor's file parsed to its Markdown tree with satteri, the MDX parser of Astro's own
 * pipeline, with its defaults (GFM, frontmatter), and smart punctuation as Astro's own Markdown
 * has it ("…" → “…”, -- → –): the site renders the body from this tree, so the check and the page
 * read the same characters. Throws the parser's error, whose message starts with `line:column:`.
 *
 * satteri needs WebAssembly with shared memory, which a static host cannot switch on: the web
 * editor's copy of the check parses with ./browser/body-parser.ts instead, held to the same
 * verdicts by tests/unit/browser-check.test.ts.
 */
export function parseMdx(text: string): Node {
  return mdxToMdast(text, { features: { smartPunctuation: true } }) as Node;
}
