import { extractFrontmatter } from 'astro/markdown';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { findCitations } from '../format/cited-text';
import { formatNumber } from '../format/number-format';
import { parseMdx } from './body-parser';
import { editorComponents, plainHtmlTags } from './editor-components';

/** One problem in a story body, at the line where it sits. */
export interface BodyProblem {
  line: number;
  found: string;
  expected: string;
}

const allowed = `Markdown dan komponen editor (${Object.keys(editorComponents)
  .map((name) => `<${name}>`)
  .join(', ')})`;

// Tags an editor might reach for, with what to use instead. No message writes Markdown's link syntax
// itself: Astro's error display, in the build's terminal and the dev overlay, would turn it into a
// link and show another text than `npm run check` does. The manual's section 8 shows the syntax.
const insteadOf: Record<string, string> = {
  script: `${allowed}; skrip tidak boleh ada di isi kasus`,
  style: `${allowed}; tampilan diatur oleh situs, bukan oleh kasus`,
  iframe: `${allowed}; tautkan halaman itu dengan tautan Markdown (bagian 8) alih-alih menyematkannya`,
  object: `${allowed}; tautkan berkasnya dengan tautan Markdown (bagian 8)`,
  embed: `${allowed}; tautkan berkasnya dengan tautan Markdown (bagian 8)`,
  form: `${allowed}; formulir tidak boleh ada di isi kasus`,
  img: `${allowed}; foto sentra ditulis di kolom photos (bagian 2.6)`,
};

// The check reads the very tree the site renders (src/content-loader/render-body.ts), from
// ./body-parser; the web editor's copy of this check reads it from ./browser/body-parser instead.
// Checking a body asks for its problems, its citations and its figures: one parse serves all
// three. Throws what the parser throws.
let lastParsed: { text: string; tree: Node } | undefined;
export function parseBody(text: string): Node {
  if (lastParsed?.text !== text) lastParsed = { text, tree: parseMdx(text) };
  return lastParsed.tree;
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode extends Node {
  name: string | null;
  attributes: Attribute[];
}

const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** A URL is unsafe when it runs code or carries its own content instead of pointing somewhere. */
function unsafeScheme(url: string): string | undefined {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme && ['javascript', 'data', 'vbscript'].includes(scheme) ? scheme : undefined;
}

const isRemote = (url: string) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

const handlerProblem = (line: number, name: string, tag: string): BodyProblem => ({
  line,
  found: `atribut ${name} pada <${tag}>`,
  expected: 'tanpa atribut peristiwa (on…); isi kasus tidak boleh menjalankan skrip',
});

function checkAttributes(node: JsxNode, known: readonly string[], problems: BodyProblem[]): void {
  const tag = node.name ?? '';
  for (const attribute of node.attributes) {
    const line = lineOf(node);
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value === 'object') {
      problems.push({
        line,
        found: `ekspresi JavaScript pada atribut <${tag}>`,
        expected: 'nilai atribut berupa teks dalam tanda kutip, mis. id="S1.1"',
      });
      continue;
    }
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) {
      problems.push(handlerProblem(line, name, tag));
    } else if (!known.includes(name)) {
      const list = known.length > 0 ? known.map((item) => `"${item}"`).join(', ') : 'tidak ada';
      problems.push({ line, found: `atribut ${name} pada <${tag}>`, expected: `atribut yang dikenal (${list})` });
    } else if (typeof attribute.value === 'string' && unsafeScheme(attribute.value)) {
      problems.push({
        line,
        found: `alamat ${unsafeScheme(attribute.value)}: pada <${tag}>`,
        expected: 'alamat yang diawali https://, http:// atau / (halaman situs ini)',
      });
    }
  }
}

function checkElement(node: JsxNode, problems: BodyProblem[]): void {
  const name = node.name;
  const line = lineOf(node);
  if (name === null) {
    problems.push({ line, found: 'fragmen JSX <>…</>', expected: allowed });
    return;
  }
  const component = editorComponents[name as keyof typeof editorComponents];
  if (component) return checkAttributes(node, component, problems);
  const plain = plainHtmlTags[name as keyof typeof plainHtmlTags];
  if (plain) return checkAttributes(node, plain, problems);
  const instead = insteadOf[name.toLowerCase()];
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  problems.push({
    line,
    found: isComponent ? `komponen <${name}>` : `tag HTML <${name}>`,
    expected:
      instead ??
      (isComponent
        ? allowed
        : `${allowed}, atau tag HTML sederhana (${Object.keys(plainHtmlTags)
            .map((tag) => `<${tag}>`)
            .join(', ')})`),
  });
  // An event handler is named even on a tag refused as a whole: it is what would run.
  for (const attribute of node.attributes) {
    if (/^on/i.test(attribute.name ?? '')) problems.push(handlerProblem(line, attribute.name!, name));
  }
}

function checkUrl(node: Node & { url: string; alt?: string | null }, problems: BodyProblem[]): void {
  const line = lineOf(node);
  const scheme = unsafeScheme(node.url);
  if (scheme) {
    problems.push({
      line,
      found: `alamat ${scheme}:`,
      expected: 'alamat yang diawali https://, http:// atau / (halaman situs ini)',
    });
    return;
  }
  if (node.type !== 'image') return;
  // The story is rendered by the site, not by Astro's image pipeline: a picture in it would reach
  // readers unresized and without its credit and licence. Photos have a field of their own.
  problems.push({
    line,
    found: isRemote(node.url) ? `gambar dari situs lain (${node.url})` : `gambar di isi cerita (${node.url})`,
    expected:
      'foto di kolom photos (bagian 2.6), dengan teks alternatif, kredit dan lisensinya; foto tampil di bawah cerita',
  });
}

/**
 * What an editor wrote where the parser stopped, when it is a slip we can name: an HTML comment,
 * a "<" before a number, or a tag written as HTML with an event handler. MDX takes any "<" for the
 * start of a tag, so the parser's own words ("Unexpected character `!`") say nothing of these.
 */
function parseSlip(text: string, line: number, column: number): BodyProblem | undefined {
  const lineText = text.split('\n')[line - 1] ?? '';
  const at = lineText.lastIndexOf('<', column);
  const tail = lineText.slice(at < 0 ? lineText.indexOf('<') : at);
  if (tail.startsWith('<!--')) {
    return {
      line,
      found: 'komentar HTML <!-- … -->',
      expected:
        'tanpa komentar: catatan untuk sesama editor ditulis di frontmatter pada baris yang diawali #, atau dihapus',
    };
  }
  const lessThan = /^<(=?)(\d[\d.,]*)/.exec(tail);
  if (lessThan) {
    const [written, orEqual, number] = lessThan as unknown as [string, string, string];
    return {
      line,
      found: `"${written}"`,
      expected: `"${orEqual ? 'paling banyak' : 'kurang dari'} ${number}", atau spasi sesudah tanda "<" ("< ${number}"), karena "<" yang langsung diikuti angka dibaca sebagai awal tag HTML`,
    };
  }
  const handler = /^<([A-Za-z][\w.:-]*)\b[^>]*?\s(on[a-z]+)\s*=/i.exec(tail);
  if (handler) return handlerProblem(line, handler[2]!, handler[1]!);
  return undefined;
}

/**
 * The longest story a page can carry within the site's page budget (100 KB gzip for the whole
 * page, about 30 KB of it the case's data and the site's markup at most): prose shrinks to a
 * third or less under gzip, so 100 KB of text leaves a wide margin. Counted in UTF-8 bytes.
 */
export const maxBodyBytes = 100_000;

/** The body of a file, after its frontmatter, and the line of the frontmatter's closing "---". */
export function storyOf(text: string): { story: string; fenceLine: number } {
  const raw = extractFrontmatter(text);
  const fence = raw === undefined ? -1 : text.indexOf(`---${raw}---`);
  if (fence < 0) return { story: text, fenceLine: 0 };
  const end = fence + raw!.length + 6;
  return { story: text.slice(end), fenceLine: text.slice(0, end).split('\n').length };
}

/** A story that is not there: the file ends with its frontmatter. */
const missingStory = (fenceLine: number): BodyProblem => ({
  line: Math.max(fenceLine, 1),
  found: '(tidak ada)',
  expected:
    'cerita sentra ini di bawah baris "---" penutup frontmatter, dengan <Ref id="…" /> setelah setiap angka atau klaim',
});

/** A story too long for its page, at its first line. */
function lengthProblems(story: string, fenceLine: number): BodyProblem[] {
  const bytes = new TextEncoder().encode(story).length;
  if (bytes <= maxBodyBytes) return [];
  const firstLine = fenceLine + (/^\s*/.exec(story)?.[0].split('\n').length ?? 1) - 1;
  return [
    {
      line: Math.max(firstLine, 1),
      found: `cerita sepanjang ${formatNumber(Math.round(bytes / 100) / 10)} KB`,
      expected: `paling panjang ${maxBodyBytes / 1000} KB (sekitar 14.000 kata), agar halamannya tidak melewati batas ukuran halaman situs; ringkas ceritanya`,
    },
  ];
}

/**
 * Checks a case's MDX on its parsed tree: only Markdown, the editors' components and a few plain
 * HTML tags; no imports, exports or JavaScript expressions; no code in URLs or attributes; no
 * images from other hosts. An editor's file is untrusted input, and MDX is a program: anything
 * outside this list could run at build time or in a reader's browser. A story must be there, and
 * short enough for its page.
 */
export function checkBody(text: string): BodyProblem[] {
  const { story, fenceLine } = storyOf(text);
  if (story.trim() === '') return [missingStory(fenceLine)];
  let tree: Node;
  try {
    tree = parseBody(text);
  } catch (error) {
    // satteri's message reads "5:1: Expected a closing tag for `<div>` (3:1) … (mdx-jsx:rule)": where
    // it stopped, what it expected, where the cause sits, and its rule. The editor needs the cause's
    // line (the opening tag), and the sentence without the two places' prefix and the rule's name.
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
    const place = Number(/\((\d+):\d+/.exec(reason)?.[1] ?? /^(\d+):\d+/.exec(message)?.[1] ?? 1);
    const named = parseSlip(text, place, Number(/^\d+:(\d+)/.exec(message)?.[1] ?? 1));
    if (named) return [named];
    const unclosed = /closing tag for `<([^>]*)>`/.exec(reason)?.[1];
    if (unclosed !== undefined) {
      return [
        {
          line: place,
          found: `tag <${unclosed}> yang tidak ditutup`,
          expected: `penutup </${unclosed}> setelah isinya, atau <${unclosed} … /> bila tanpa isi`,
        },
      ];
    }
    return [{ line: place, found: `MDX yang tidak dapat dibaca (${reason})`, expected: allowed }];
  }
  const problems = lengthProblems(story, fenceLine);
  visit(tree, (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line: lineOf(node),
          found: 'import atau export',
          expected: `${allowed}, yang tersedia tanpa import`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line: lineOf(node),
          found: 'ekspresi JavaScript dalam kurung kurawal { }',
          expected: 'teks biasa; tulis \\{ bila memang perlu tanda kurung kurawal',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as JsxNode, problems);
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node as Node & { url: string }, problems);
        break;
    }
  });
  return problems;
}

/** The ids of every `<Ref id="…" />` in a body, with their lines. */
export function findRefs(text: string): { id: string; line: number }[] {
  const refs: { id: string; line: number }[] = [];
  try {
    visit(parseBody(text), (node: Node) => {
      const element = node as JsxNode;
      if (!node.type.startsWith('mdxJsx') || element.name !== 'Ref') return;
      const id = element.attributes.find((attribute) => attribute.name === 'id')?.value;
      refs.push({ id: typeof id === 'string' ? id : '', line: lineOf(node) });
    });
  } catch {
    // A body that does not parse is reported by checkBody.
  }
  return refs;
}

/**
 * Citations typed as plain text, `[S1.4]`, as the frontmatter's notes write them: in a story they
 * stay text, with no link to the source. Each with its line.
 */
export function findPlainCitations(text: string): { id: string; line: number }[] {
  const found: { id: string; line: number }[] = [];
  try {
    visit(parseBody(text), 'text', (node: Node & { value: string }) => {
      node.value.split('\n').forEach((lineText, index) => {
        for (const id of findCitations(lineText)) found.push({ id, line: lineOf(node) + index });
      });
    });
  } catch {
    // A body that does not parse is reported by checkBody.
  }
  return found;
}
