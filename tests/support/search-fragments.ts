import { join } from 'node:path';
import type { HTMLElement, Node } from 'node-html-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { distDir } from './astro-build.ts';

// Pagefind's files are gzip with a signature of its version of the format before the content: a
// test reads them only to check what was indexed, and stops clearly if the format changes.
const signature = 'pagefind_dcd';
function readPagefindFile(file: string, kind: string): Buffer {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.toString('latin1', 0, signature.length) !== signature) {
    throw new Error(`Pagefind: ${file} does not start as Pagefind's ${kind} does ("${signature}")`);
  }
  return bytes.subarray(signature.length);
}

/** What Pagefind keeps of one page: its address and the text it indexed, as a result shows it. */
export interface SearchFragment {
  url: string;
  content: string;
}

/** Every page's fragment in the built index, by its address. */
export function searchFragments(): Map<string, SearchFragment> {
  const folder = join(distDir, 'pagefind', 'fragment');
  const fragments = readdirSync(folder).map(
    (file) => JSON.parse(readPagefindFile(join(folder, file), 'result text').toString('utf8')) as SearchFragment,
  );
  return new Map(fragments.map((fragment) => [fragment.url, fragment]));
}

/** The words of a text, as a search matches them: lower case, without the punctuation around them. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/**
 * The text of an element with a space where any element starts or ends, leaving out what Pagefind
 * is told to ignore: every word in it is one a reader can see as a word, whatever the styles.
 */
export function spacedText(element: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.text);
    const child = node as HTMLElement;
    if (node.nodeType !== 1 || child.hasAttribute('data-pagefind-ignore')) return;
    for (const inner of child.childNodes) walk(inner);
  };
  walk(element);
  return parts.join(' ');
}
