import type { Definition, FootnoteDefinition, List, ListItem, Nodes, Parents, Root, Table } from 'mdast';
import type { Span } from '../html/parse';
import { escapeAttribute, escapeText } from '../rules/rule';
import type { SpansByNode } from './parseMarkdown';
import { SourceMap, type Segment, type SegmentKind } from './sourceMap';

export interface RenderedMarkdown {
  readonly html: string;
  readonly map: SourceMap;
}

/** A node to render, with what its parent decided for it; or a step to run when its children are done. */
type Work = { readonly node: Nodes; readonly tight: boolean; readonly cell?: 'th' | 'td' } | (() => void);

/**
 * Serializes mdast to HTML the way CommonMark and GitHub render it, recording for each stretch of output the
 * Markdown it came from. An explicit stack instead of recursion, so deeply nested lists and quotes cannot
 * overflow. Footnote definitions go at the end, as GitHub places them.
 */
export function renderHtml(root: Root, source: string, spans: SpansByNode): RenderedMarkdown {
  return new Renderer(source, spans, collectDefinitions(root)).render(root);
}

class Renderer {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: Segment[] = [];
  private readonly open: number[] = [];
  private readonly footnotes: FootnoteDefinition[] = [];
  private readonly footnoteNumbers = new Map<string, number>();

  constructor(
    private readonly source: string,
    private readonly spans: SpansByNode,
    private readonly definitions: ReadonlyMap<string, Definition>,
  ) {}

  render(root: Root): RenderedMarkdown {
    this.run(root.children.map((node) => ({ node, tight: false })));
    if (this.footnotes.length > 0) this.renderFootnotes();
    return { html: this.parts.join(''), map: new SourceMap(this.segments) };
  }

  private run(initial: Work[]): void {
    const stack: Work[] = [...initial].reverse();
    while (stack.length > 0) {
      const work = stack.pop()!;
      if (typeof work === 'function') work();
      else this.enter(work.node, work.tight, work.cell, stack);
    }
  }

  /** Writes the node's opening, schedules its closing, then its children (pushed last, so they run first). */
  private enter(node: Nodes, tight: boolean, cell: 'th' | 'td' | undefined, stack: Work[]): void {
    const children = (items: readonly Nodes[], childTight = false, childCell?: 'th' | 'td'): void => {
      for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i], tight: childTight, cell: childCell });
    };
    const element = (tag: string, attributes = '', kind: SegmentKind = 'element', segmentSource = this.spanOf(node), labelText?: Span): void => {
      const segment = this.openSegment(kind, segmentSource, false, labelText);
      this.write(`<${tag}${attributes}>`);
      stack.push(() => {
        this.write(`</${tag}>`);
        this.closeSegment(segment);
      });
    };
    switch (node.type) {
      case 'paragraph':
        if (tight) {
          children(node.children);
        } else {
          element('p');
          children(node.children);
        }
        return;
      case 'heading':
        element(`h${node.depth}`);
        children(node.children);
        return;
      case 'thematicBreak':
        this.leaf('<hr>', node);
        return;
      case 'blockquote':
        element('blockquote');
        children(node.children);
        return;
      case 'list': {
        const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : '';
        element(node.ordered ? 'ol' : 'ul', start);
        children(node.children, !isLoose(node));
        return;
      }
      case 'listItem':
        element('li');
        if (typeof node.checked === 'boolean') this.leaf(`<input type="checkbox" disabled${node.checked ? ' checked' : ''}> `, node, true);
        children(node.children, tight);
        return;
      case 'html':
        this.copy(node.value, node);
        return;
      case 'code': {
        const language = node.lang ? ` class="language-${escapeAttribute(node.lang)}"` : '';
        this.leaf(`<pre><code${language}>${escapeText(node.value)}${node.value === '' ? '' : '\n'}</code></pre>`, node);
        return;
      }
      case 'definition':
        return;
      case 'text':
        this.copy(escapeText(node.value), node);
        return;
      case 'emphasis':
        element('em');
        children(node.children);
        return;
      case 'strong':
        element('strong');
        children(node.children);
        return;
      case 'delete':
        element('del');
        children(node.children);
        return;
      case 'inlineCode':
        this.leaf(`<code>${escapeText(node.value)}</code>`, node);
        return;
      case 'break':
        this.leaf('<br>\n', node);
        return;
      case 'link':
      case 'linkReference': {
        const target = node.type === 'link' ? node : this.definitions.get(node.identifier);
        const label = this.spans.get(node)?.label;
        // A linked image's words are its alt text: asking for link text must not replace the image.
        const holdsImage = node.children.some((child) => child.type === 'image' || child.type === 'imageReference');
        const segment = this.openSegment('link', label ?? this.spanOf(node), false, label && !holdsImage ? inside(label, 1) : undefined);
        this.write('<a href="');
        this.attribute(target?.url ?? '', target && this.spans.get(target)?.destination);
        this.write(`"${titleAttribute(target?.title)}>`);
        stack.push(() => {
          this.write('</a>');
          this.closeSegment(segment);
        });
        children(node.children);
        return;
      }
      case 'image':
      case 'imageReference': {
        const target = node.type === 'image' ? node : this.definitions.get(node.identifier);
        const label = this.spans.get(node)?.label;
        const labelText = label && inside(label, 2);
        const segment = this.openSegment('image', label ?? this.spanOf(node), false, labelText);
        this.write('<img src="');
        this.attribute(target?.url ?? '', target && this.spans.get(target)?.destination);
        this.write('"');
        if (node.alt) {
          this.write(' alt="');
          this.attribute(node.alt, labelText);
          this.write('"');
        }
        this.write(`${titleAttribute(target?.title)}>`);
        this.closeSegment(segment);
        return;
      }
      case 'footnoteReference': {
        const number = this.footnoteNumber(node.identifier);
        const id = escapeAttribute(node.identifier);
        this.leaf(`<sup><a href="#fn-${id}" id="fnref-${id}">${number}</a></sup>`, node);
        return;
      }
      case 'footnoteDefinition':
        this.footnotes.push(node);
        return;
      case 'table':
        this.table(node, stack);
        return;
      case 'tableRow':
        element('tr');
        children(node.children, false, cell);
        return;
      case 'tableCell':
        element(cell ?? 'td');
        children(node.children);
        return;
      default:
        // Node types a plain parse never produces (front matter, math, directives): nothing a reader sees.
        return;
    }
  }

  private table(node: Table, stack: Work[]): void {
    const [head, ...body] = node.children;
    const table = this.openSegment('element', this.spanOf(node), false);
    this.write('<table>');
    const steps: Work[] = [];
    if (head) {
      steps.push(
        () => this.write('<thead>'),
        { node: head, tight: false, cell: 'th' },
        () => this.write('</thead>'),
      );
    }
    if (body.length > 0) {
      steps.push(() => this.write('<tbody>'));
      for (const row of body) steps.push({ node: row, tight: false, cell: 'td' });
      steps.push(() => this.write('</tbody>'));
    }
    steps.push(() => {
      this.write('</table>');
      this.closeSegment(table);
    });
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i]);
  }

  private renderFootnotes(): void {
    this.write('<section data-footnotes><ol>');
    const ordered = [...this.footnotes].sort(
      (a, b) => (this.footnoteNumbers.get(a.identifier) ?? Infinity) - (this.footnoteNumbers.get(b.identifier) ?? Infinity),
    );
    for (const definition of ordered) {
      const segment = this.openSegment('element', this.spanOf(definition), false);
      this.write(`<li id="fn-${escapeAttribute(definition.identifier)}">`);
      this.run(definition.children.map((node) => ({ node, tight: false })));
      this.write('</li>');
      this.closeSegment(segment);
    }
    this.write('</ol></section>');
  }

  private footnoteNumber(identifier: string): number {
    let number = this.footnoteNumbers.get(identifier);
    if (number === undefined) {
      number = this.footnoteNumbers.size + 1;
      this.footnoteNumbers.set(identifier, number);
    }
    return number;
  }

  /** Output that comes from the node as a whole (a code block, a line break). */
  private leaf(html: string, node: Nodes, zeroWidth = false): void {
    const span = this.spanOf(node);
    const segment = this.openSegment('element', zeroWidth ? { start: span.start, end: span.start } : span, false);
    this.write(html);
    this.closeSegment(segment);
  }

  /** Text or raw HTML: exact when the output is the source character for character. */
  private copy(html: string, node: Nodes): void {
    const span = this.spanOf(node);
    const exact = node.position !== undefined && this.source.slice(span.start, span.end) === html;
    const segment = this.openSegment(node.type === 'html' ? 'html' : 'text', span, exact);
    this.write(html);
    this.closeSegment(segment);
  }

  /** An attribute value written from source text (a URL, alt text): exact when escaping left it unchanged. */
  private attribute(value: string, span: Span | undefined): void {
    const escaped = escapeAttribute(value);
    if (!span) {
      this.write(escaped);
      return;
    }
    const segment = this.openSegment('attribute', span, this.source.slice(span.start, span.end) === escaped);
    this.write(escaped);
    this.closeSegment(segment);
  }

  private write(html: string): void {
    this.parts.push(html);
    this.length += html.length;
  }

  private openSegment(kind: SegmentKind, source: Span, exact: boolean, labelText?: Span): number {
    const parent = this.open.length > 0 ? this.open[this.open.length - 1] : -1;
    this.segments.push({ kind, genStart: this.length, genEnd: this.length, source, exact, parent, labelText });
    this.open.push(this.segments.length - 1);
    return this.segments.length - 1;
  }

  private closeSegment(index: number): void {
    this.segments[index].genEnd = this.length;
    this.open.pop();
  }

  /** Where the node is written; a node made after parsing (some bare links) has no position: its parent's then. */
  private spanOf(node: Nodes): Span {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) return { start, end };
    const parent = this.open.length > 0 ? this.segments[this.open[this.open.length - 1]] : undefined;
    return parent ? parent.source : { start: 0, end: 0 };
  }
}

/** Between a label's brackets: `[` (1) or `![` (2) at the start, `]` at the end. */
function inside(label: Span, opening: number): Span {
  return { start: label.start + opening, end: label.end - 1 };
}

function titleAttribute(title: string | null | undefined): string {
  return title ? ` title="${escapeAttribute(title)}"` : '';
}

/** A list is loose (its items' paragraphs get <p>) when it or any item is separated by blank lines. */
function isLoose(list: List): boolean {
  return Boolean(list.spread) || list.children.some((item: ListItem) => Boolean(item.spread));
}

/** Reference definitions by identifier, the first one winning as in CommonMark. */
function collectDefinitions(root: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    } else if ('children' in node) {
      const parent = node as Parents;
      for (let i = parent.children.length - 1; i >= 0; i--) stack.push(parent.children[i]);
    }
  }
  return definitions;
}
