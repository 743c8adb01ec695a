import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** What micromark throws: a message with its place, rule and source. */
interface ParseError {
  reason?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
  ruleId?: string;
  source?: string;
}

/**
 * The parser's error in the form the check reads from satteri, `line:column: reason (source:rule)`,
 * so that it names the same line and the same slip (body-check.ts).
 */
function asSatteriError(error: unknown): Error {
  const { reason, line, column, place, ruleId, source } = error as ParseError;
  if (!reason) return error instanceof Error ? error : new Error(String(error));
  const start = place?.start ?? place;
  const where = `${line ?? start?.line ?? 1}:${column ?? start?.column ?? 1}`;
  return new Error(`${where}: ${reason} (${source ?? 'mdx'}:${ruleId ?? 'parse'})`);
}

/** Characters after which a quote opens: the start of a text, a space, an opening bracket or a dash. */
const opensAfter = /[\s([{\u2013\u2014-]/;

/** A straight quote as a curly one, opening or closing by what comes before it. */
function curlyQuote(quote: string, before: string | undefined): string {
  const opening = before === undefined || opensAfter.test(before);
  if (quote === '"') return opening ? '\u201C' : '\u201D';
  return opening ? '\u2018' : '\u2019';
}

/**
 * Smart punctuation as satteri writes it, for the check to read the same characters: dashes
 * ("11--19" is the range "11–19" to the figures check), the ellipsis (sentences end after "…")
 * and curly quotes, which the messages quote.
 */
function smartPunctuation(tree: Node): void {
  visit(tree, 'text', (node: Node & { value: string }, index, parent) => {
    const previous = index && (parent as { children?: Node[] } | undefined)?.children?.[index - 1];
    // After a tag or emphasis that ends the text before, a quote closes; at the paragraph's start, it opens.
    let before: string | undefined = previous ? 'x' : undefined;
    let result = '';
    const text = node.value.replaceAll('---', '\u2014').replaceAll('--', '\u2013').replaceAll('...', '\u2026');
    for (const character of text) {
      result += character === '"' || character === "'" ? curlyQuote(character, before) : character;
      before = character;
    }
    node.value = result;
  });
}

/**
 * An editor's file parsed to its Markdown tree in plain JavaScript (micromark, the parser MDX and
 * remark are built on), for the web editor, where satteri's WebAssembly cannot run: the same
 * syntax (MDX, GFM, YAML frontmatter) and the same tree, so the check in the browser gives the
 * verdicts `npm run check` gives (tests/unit/browser-check.test.ts holds the two together).
 */
export function parseMdx(text: string): Node {
  let tree: Node;
  try {
    tree = fromMarkdown(text, {
      extensions: [mdxjs(), gfm(), frontmatter(['yaml'])],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
    }) as Node;
  } catch (error) {
    throw asSatteriError(error);
  }
  smartPunctuation(tree);
  return tree;
}
