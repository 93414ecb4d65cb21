import type { Definition, Nodes, Root } from 'mdast';
import { HtmlPage, NestingTooDeepError } from '../../html/parse';
import type { SpansByNode } from '../../markdown/parseMarkdown';
import { templateMarker } from '../../templates/mask';
import type { SiteGenerator } from '../generator';
import { HeadingIds, headingTextWithoutId } from '../headingIds';
import { collectHtmlFacts, type RawFacts, type RawReference } from './htmlFacts';

/**
 * Links, images, headings' ids and raw HTML of a parsed Markdown page. `written` is the file as written (addresses
 * with template code are reported as written); node offsets are the file's.
 */
export function collectMarkdownFacts(root: Root, spans: SpansByNode, written: string, generator: SiteGenerator, into: RawFacts): void {
  const definitions = new Map<string, Definition>();
  const headingIds = new HeadingIds(generator);
  let firstMainHeading: { text: string; start: number; end: number } | undefined;
  const stack: Nodes[] = [root];
  const pending: Nodes[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') definitions.set(node.identifier, node);
    pending.push(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
  for (const node of pending) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'heading': {
        const text = plainText(node);
        into.anchors.push(headingIds.next(text));
        if (node.depth === 1 && firstMainHeading === undefined) firstMainHeading = { text: headingTextWithoutId(text), start, end };
        break;
      }
      case 'link':
      case 'image': {
        const destination = spans.get(node)?.destination ?? { start, end };
        into.references.push(reference(node.type === 'link' ? 'link' : 'image', node.url, destination.start, destination.end, written));
        break;
      }
      case 'linkReference':
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition) into.references.push(reference(node.type === 'linkReference' ? 'link' : 'image', definition.url, start, end, written));
        break;
      }
      case 'html':
        collectRawHtml(node.value, start, written, into);
        break;
    }
  }
  if (into.title === undefined && firstMainHeading !== undefined && headingIsTitle.has(generator)) into.title = firstMainHeading;
  into.references.sort((a, b) => a.start - b.start);
}

/** Generators that take a Markdown page's first main heading as its title when the settings give none. */
const headingIsTitle: ReadonlySet<SiteGenerator> = new Set(['mkdocs', 'docusaurus', 'plain']);

function reference(kind: RawReference['kind'], parsedUrl: string, start: number, end: number, written: string): RawReference {
  const isTemplate = parsedUrl.includes(templateMarker);
  return { kind, address: (isTemplate ? written.slice(start, end) : parsedUrl).trim(), start, end, ...(isTemplate ? { isTemplate: true } : {}) };
}

function collectRawHtml(html: string, offset: number, written: string, into: RawFacts): void {
  if (!html.includes('<')) return;
  let page: HtmlPage;
  try {
    page = HtmlPage.parse(html);
  } catch (error) {
    if (error instanceof NestingTooDeepError) return;
    throw error;
  }
  // Raw HTML in Markdown has no <title> or description of the page: only its ids and addresses count.
  const facts: RawFacts = { anchors: into.anchors, references: into.references, comments: into.comments, title: undefined, description: undefined };
  collectHtmlFacts(page, written, facts, offset);
}

/** A heading's text as readers see it (inline code and emphasis included, images' alt text left out). */
function plainText(node: Nodes): string {
  let text = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text' || current.type === 'inlineCode') text += current.value;
    else if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]);
  }
  return text;
}
