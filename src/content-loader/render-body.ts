import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { parseBody } from '../content-check/body-check';
import { citationHtml } from '../lib/case/citation-html';
import { citedNumbers } from '../lib/case/source-numbers';

/** A heading of a rendered body, as Astro's `render()` hands it to a page. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A story body as HTML, with its headings. */
export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Nodes[];
}

// The classes of an aside, written out whole so that Tailwind, which reads src/ for class names,
// generates them.
const noteClass = 'my-6 rounded-lg border-l-4 border-accent bg-card p-4';
const noteTitleClass = 'font-semibold mb-2';

const attribute = (node: JsxNode, name: string) => {
  const value = node.attributes.find((item) => item.name === name)?.value;
  return typeof value === 'string' ? value : '';
};

const raw = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent;

/**
 * The editors' components and the few plain tags a body may use, as HTML. The body check has
 * already refused anything else (imports, expressions, other tags and attributes), so meeting
 * one here is a bug, not an editor's mistake.
 */
function jsxHandler(numbers: ReadonlyMap<string, number>) {
  return (state: State, node: JsxNode): ElementContent | ElementContent[] => {
    const children = () => state.all(node as unknown as Nodes);
    const element = (tagName: string, properties: Element['properties'], content: ElementContent[]): Element => ({
      type: 'element',
      tagName,
      properties,
      children: content,
    });
    switch (node.name) {
      case 'Ref':
        return raw(citationHtml(citedNumbers([attribute(node, 'id')], numbers)));
      case 'Note': {
        const title = attribute(node, 'title');
        const heading = element('p', { className: noteTitleClass.split(' ') }, [{ type: 'text', value: title }]);
        return element('aside', { ariaLabel: title, className: noteClass.split(' ') }, [heading, ...children()]);
      }
      case 'abbr':
        return element('abbr', node.attributes.length > 0 ? { title: attribute(node, 'title') } : {}, children());
      case 'sub':
      case 'sup':
      case 'br':
        return element(node.name, {}, children());
      default:
        throw new Error(`A body reached the renderer with <${node.name}>, which the body check should have refused`);
    }
  };
}

/** Gives each heading an id from its text, as Astro's own Markdown does, and lists them. */
function addHeadingIds(tree: HastRoot): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  const text = (node: ElementContent): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';
  for (const node of tree.children) {
    if (node.type !== 'element' || !/^h[1-6]$/.test(node.tagName)) continue;
    const content = node.children.map(text).join('');
    const slug = slugger.slug(content);
    node.properties = { ...node.properties, id: slug };
    headings.push({ depth: Number(node.tagName[1]), slug, text: content });
  }
  return headings;
}

/**
 * Renders a checked case or guide file's body to HTML, from the very tree the body check read
 * (`parseBody` keeps the last parse): Markdown as HTML, `<Ref>` as the page's citation markup,
 * `<Note>` as an aside. No module is compiled and nothing of the file is run.
 */
export function renderBody(text: string, numbers: ReadonlyMap<string, number>): RenderedBody {
  const tree = parseBody(text) as unknown as Root;
  const body: Root = { ...tree, children: tree.children.filter((node) => node.type !== 'yaml') };
  const handler = jsxHandler(numbers);
  const hast = toHast(body, {
    handlers: { mdxJsxFlowElement: handler, mdxJsxTextElement: handler } as never,
  }) as HastRoot;
  const headings = addHeadingIds(hast);
  return { html: toHtml(hast, { allowDangerousHtml: true }), headings };
}
