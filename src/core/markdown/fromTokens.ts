import type { Nodes, Parents, Root } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { LineIndex } from '../text/lineIndex';
import type { ParsedMarkdown, SourceSpans, SpansByNode } from './parseMarkdown';

/** One token of markdownlint's micromark parse (what a custom rule receives in `params.parsers.micromark`). */
export interface MarkdownlintToken {
  readonly type: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly children: readonly MarkdownlintToken[];
}

/** markdownlint's tokens of one page, with how many lines of front matter it left out before line 1. */
export interface MarkdownlintParse {
  readonly tokens: readonly MarkdownlintToken[];
  readonly frontMatterLines: number;
}

/** A token this builder does not know: the page is parsed again the ordinary way. */
class Unsupported extends Error {}

/**
 * Builds the same mdast that parseMarkdown would, from the micromark tokens markdownlint made while linting the
 * same text, so a Markdown page is parsed once instead of twice. markdownlint parses with micromark and a slightly
 * different set of extensions (math and directives, no strikethrough or task lists), so this returns undefined —
 * and the caller parses the page itself — whenever the page holds anything on which the two parses could differ:
 * `~`, a task-list marker, any token type not handled below, carriage returns or a byte order mark (markdownlint
 * changes those before parsing, which would move its columns).
 *
 * `text` is the exact text markdownlint linted (front matter kept, template code masked), `lines` its line index.
 * Follows mdast-util-from-markdown's compiler node for node (text merging, hard breaks, list spread, references);
 * `fromTokens.test.ts` compares the two trees on every Markdown fixture and on generated pages.
 */
export function mdastFromTokens(parse: MarkdownlintParse, text: string, lines: LineIndex): ParsedMarkdown | undefined {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  const builder = new TreeBuilder(text, lines, parse.frontMatterLines);
  if (text.indexOf('~', builder.bodyStart) !== -1) return undefined;
  try {
    return builder.build(parse.tokens);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

type Point = { line: number; column: number; offset: number };
type Position = { start: Point; end: Point };
type Container = { children: Nodes[] };

/** Tokens between blocks that carry nothing for the tree (markers, indentation, blank lines). */
const skippedInFlow = new Set([
  'lineEnding',
  'lineEndingBlank',
  'linePrefix',
  'listItemIndent',
  'blockQuotePrefix',
  'gfmFootnoteDefinitionIndent',
  'gfmFootnoteDefinitionLabel',
  'gfmFootnoteDefinitionWhitespace',
  'definitionMarker',
  'whitespace',
]);

/** Tokens inside text that produce nothing (indentation of continuation lines, trailing spaces). */
const skippedInText = new Set(['linePrefix', 'lineSuffix', 'listItemIndent', 'blockQuotePrefix', 'gfmFootnoteDefinitionIndent', 'whitespace']);

/** markdownlint appends these for its own rules (links to undefined references); they are not part of the page. */
const markdownlintOnly = new Set(['undefinedReferenceShortcut', 'undefinedReferenceCollapsed', 'undefinedReferenceFull']);

/** Tokens of a list's own structure: a blank line right after them is not a blank line inside the item. */
const listMarkerParts = new Set(['linePrefix', 'listItemValue', 'listItemMarker', 'listItemPrefix', 'listItemPrefixWhitespace']);

/** Tokens between two list items that belong to neither (mdast-util-from-markdown's prepareList). */
const betweenItems = new Set(['linePrefix', 'blockQuotePrefix', 'blockQuotePrefixWhitespace', 'blockQuoteMarker', 'listItemIndent']);

const literalAutolinkKinds = new Set(['literalAutolinkEmail', 'literalAutolinkHttp', 'literalAutolinkWww']);

class TreeBuilder {
  readonly spans: SpansByNode = new WeakMap();
  readonly bodyStart: number;
  /** After a hard break, the next line ending belongs to the break, not to the text. */
  private atHardBreak = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly frontMatterLines: number,
  ) {
    this.bodyStart = lines.offsetAt({ line: frontMatterLines, character: 0 });
  }

  build(tokens: readonly MarkdownlintToken[]): ParsedMarkdown {
    const root: Root = { type: 'root', children: [], position: this.rootPosition() };
    this.flow(
      tokens.filter((token) => !markdownlintOnly.has(token.type)),
      root as Container,
    );
    // GFM's own pass turns addresses left in plain text into links. It visits every node with a general walker,
    // which costs more than building the tree: run it only where some text could hold such an address.
    if (mayHoldBareAddress(root)) for (const extension of gfmFromMarkdown()) for (const transform of extension.transforms ?? []) transform(root);
    return { root, spans: this.spans };
  }

  private rootPosition(): Position {
    return {
      start: { line: 1, column: 1, offset: 0 },
      end: this.pointAt(this.lines.lineCount, this.text.length - this.lines.offsetAt({ line: this.lines.lineCount - 1, character: 0 }) + 1, this.text.length),
    };
  }

  // --- Positions -------------------------------------------------------------------------------------------------

  /** micromark counts columns in UTF-16 code units (a tab is one), so a column is an offset into its line. */
  private start(token: MarkdownlintToken): Point {
    const line = token.startLine + this.frontMatterLines;
    return this.pointAt(line, token.startColumn, this.lines.offsetAt({ line: line - 1, character: token.startColumn - 1 }));
  }

  private end(token: MarkdownlintToken): Point {
    const line = token.endLine + this.frontMatterLines;
    return this.pointAt(line, token.endColumn, this.lines.offsetAt({ line: line - 1, character: token.endColumn - 1 }));
  }

  private pointAt(line: number, column: number, offset: number): Point {
    return { line, column, offset };
  }

  private position(token: MarkdownlintToken): Position {
    return { start: this.start(token), end: this.end(token) };
  }

  private slice(token: MarkdownlintToken): string {
    return this.text.slice(this.start(token).offset, this.end(token).offset);
  }

  // --- Blocks ----------------------------------------------------------------------------------------------------

  private flow(tokens: readonly MarkdownlintToken[], parent: Container): void {
    for (const token of tokens) this.block(token, parent);
  }

  private block(token: MarkdownlintToken, parent: Container): void {
    const add = <T extends Nodes>(node: T): T => {
      parent.children.push(node);
      return node;
    };
    switch (token.type) {
      case 'content':
        this.flow(token.children, parent);
        return;
      case 'paragraph':
        this.inline(token.children, add({ type: 'paragraph', children: [], position: this.position(token) }) as Container, true);
        return;
      case 'atxHeading': {
        const sequence = token.children.find((child) => child.type === 'atxHeadingSequence');
        const heading = add({ type: 'heading', depth: this.slice(sequence!).length as 1, children: [], position: this.position(token) });
        const content = token.children.find((child) => child.type === 'atxHeadingText');
        if (content) this.inline(content.children, heading as Container, true);
        return;
      }
      case 'setextHeading': {
        const line = token.children.find((child) => child.type === 'setextHeadingLine');
        const sequence = line?.children.find((child) => child.type === 'setextHeadingLineSequence');
        const depth = sequence && this.slice(sequence).charCodeAt(0) === 61 /* = */ ? 1 : 2;
        const heading = add({ type: 'heading', depth, children: [], position: this.position(token) });
        const content = token.children.find((child) => child.type === 'setextHeadingText');
        if (content) this.inline(content.children, heading as Container, true);
        return;
      }
      case 'thematicBreak':
        add({ type: 'thematicBreak', position: this.position(token) });
        return;
      case 'blockQuote':
        this.flow(token.children, add({ type: 'blockquote', children: [], position: this.position(token) }) as Container);
        return;
      case 'listOrdered':
      case 'listUnordered':
        this.list(token, parent);
        return;
      case 'codeFenced':
        add(this.codeFenced(token));
        return;
      case 'codeIndented':
        add({ type: 'code', lang: null, meta: null, value: withoutFinalLineEnding(this.codeValue(token.children)), position: this.position(token) });
        return;
      case 'htmlFlow':
        add({ type: 'html', value: this.htmlFlowValue(token), position: this.position(token) });
        return;
      case 'definition':
        add(this.definition(token));
        return;
      case 'gfmFootnoteDefinition': {
        const label = token.children.find((child) => child.type === 'gfmFootnoteDefinitionLabel');
        const string = label?.children.find((child) => child.type === 'gfmFootnoteDefinitionLabelString');
        if (!string) throw new Unsupported();
        const definition = add({
          type: 'footnoteDefinition',
          identifier: normalizeIdentifier(this.slice(string)).toLowerCase(),
          label: this.decoded(string.children),
          children: [],
          position: this.position(token),
        });
        this.flow(token.children, definition as Container);
        return;
      }
      case 'table':
        add(this.table(token));
        return;
      default:
        if (skippedInFlow.has(token.type)) return;
        throw new Unsupported();
    }
  }

  /**
   * markdownlint replaced an HTML block's own tokens with a parse of its lines, so its value is its text. Inside
   * a quote or list item that text would hold the container's markers on later lines: parsed the ordinary way.
   */
  private htmlFlowValue(token: MarkdownlintToken): string {
    if (token.startLine !== token.endLine && this.inContainer(token)) throw new Unsupported();
    return this.slice(token);
  }

  private inContainer(token: MarkdownlintToken): boolean {
    for (let parent = (token as { parent?: MarkdownlintToken | null }).parent; parent; parent = (parent as { parent?: MarkdownlintToken | null }).parent) {
      if (parent.type === 'blockQuote' || parent.type === 'listOrdered' || parent.type === 'listUnordered' || parent.type === 'gfmFootnoteDefinition')
        return true;
    }
    return false;
  }

  private codeFenced(token: MarkdownlintToken): Nodes {
    const fences = token.children.filter((child) => child.type === 'codeFencedFence');
    const opening = fences[0];
    const info = opening?.children.find((child) => child.type === 'codeFencedFenceInfo');
    const meta = opening?.children.find((child) => child.type === 'codeFencedFenceMeta');
    const afterOpening = opening ? token.children.slice(token.children.indexOf(opening) + 1) : token.children;
    let value = this.codeValue(afterOpening);
    // As mdast-util-from-markdown: the line ending after the opening fence and the one before the closing fence.
    if (value.startsWith('\n')) value = value.slice(1);
    value = withoutFinalLineEnding(value);
    return {
      type: 'code',
      lang: info ? this.decoded(info.children) : null,
      meta: meta ? this.decoded(meta.children) : null,
      value,
      position: this.position(token),
    };
  }

  /** Code lines and the line endings between them; indentation and fences left out. */
  private codeValue(tokens: readonly MarkdownlintToken[]): string {
    let value = '';
    for (const child of tokens) {
      if (child.type === 'codeFlowValue' || child.type === 'lineEnding') value += this.slice(child);
    }
    return value;
  }

  private definition(token: MarkdownlintToken): Nodes {
    const node = { type: 'definition', identifier: '', label: '', title: null as string | null, url: '', position: this.position(token) } as Nodes & {
      identifier: string;
      label: string;
      title: string | null;
      url: string;
    };
    for (const part of token.children) {
      if (part.type === 'definitionLabel') {
        const string = part.children.find((child) => child.type === 'definitionLabelString');
        if (string) {
          node.label = this.decoded(string.children);
          node.identifier = normalizeIdentifier(this.slice(string)).toLowerCase();
        }
      } else if (part.type === 'definitionDestination') {
        const string = findDeep(part, 'definitionDestinationString');
        if (string) {
          node.url = this.decoded(string.children);
          this.recordSpan(node, 'destination', string);
        }
      } else if (part.type === 'definitionTitle') {
        const string = part.children.find((child) => child.type === 'definitionTitleString');
        node.title = string ? this.decoded(string.children) : '';
      }
    }
    return node;
  }

  /** A list, its items grouped as mdast-util-from-markdown's prepareList groups them (with its spread rules). */
  private list(token: MarkdownlintToken, parent: Container): void {
    const ordered = token.type === 'listOrdered';
    const list = { type: 'list', ordered, start: null as number | null, spread: false, children: [] as Nodes[], position: this.position(token) };
    parent.children.push(list as Nodes);
    const children = token.children;
    const prefixes: number[] = [];
    children.forEach((child, index) => {
      if (child.type === 'listItemPrefix') prefixes.push(index);
    });
    for (let item = 0; item < prefixes.length; item++) {
      const from = prefixes[item];
      const to = item + 1 < prefixes.length ? prefixes[item + 1] : children.length;
      // The trailing line endings belong between the items; two or more of them mean a blank line: a spread list.
      let tail = to;
      let lineEndings = 0;
      let firstTrailingLineEnding = -1;
      while (tail - 1 > from) {
        const type = children[tail - 1].type;
        if (type === 'lineEnding' || type === 'lineEndingBlank') {
          lineEndings++;
          firstTrailingLineEnding = tail - 1;
        } else if (!betweenItems.has(type)) {
          break;
        }
        tail--;
      }
      if (lineEndings > 1) list.spread = true;
      const firstBlank = this.firstBlankLineInItem(children, from, to);
      const spread = firstBlank !== -1 && (firstTrailingLineEnding === -1 || firstBlank < firstTrailingLineEnding);
      const prefix = children[from];
      const end = firstTrailingLineEnding !== -1 ? this.start(children[firstTrailingLineEnding]) : this.end(to < children.length ? children[to] : token);
      const listItem = { type: 'listItem', spread, checked: null, children: [] as Nodes[], position: { start: this.start(prefix), end } };
      list.children.push(listItem as Nodes);
      if (ordered && item === 0) {
        const value = prefix.children.find((child) => child.type === 'listItemValue');
        if (value) list.start = Number.parseInt(this.slice(value), 10);
      }
      const content = children.slice(from + 1, firstTrailingLineEnding !== -1 ? firstTrailingLineEnding : to);
      if (startsWithTaskMarker(this.text, this.end(prefix).offset)) throw new Unsupported();
      this.flow(content, listItem as Container);
    }
  }

  /** The first blank line inside an item (not directly after its marker, not inside a nested list or quote). */
  private firstBlankLineInItem(children: readonly MarkdownlintToken[], from: number, to: number): number {
    let atMarker = true;
    for (let index = from + 1; index < to; index++) {
      const child = children[index];
      if (child.type === 'lineEndingBlank') {
        if (!atMarker) return index;
        atMarker = false;
        continue;
      }
      if (listMarkerParts.has(child.type)) continue;
      atMarker = false;
      if (
        child.type !== 'listOrdered' &&
        child.type !== 'listUnordered' &&
        child.type !== 'blockQuote' &&
        child.type !== 'htmlFlow' &&
        findDeep(child, 'lineEndingBlank')
      )
        return index;
    }
    return -1;
  }

  private table(token: MarkdownlintToken): Nodes {
    const rows: Nodes[] = [];
    const align: ('left' | 'right' | 'center' | null)[] = [];
    for (const part of token.children) {
      if (part.type !== 'tableHead' && part.type !== 'tableBody') continue;
      for (const row of part.children) {
        if (row.type === 'tableRow') rows.push(this.tableRow(row));
        else if (row.type === 'tableDelimiterRow') for (const cell of row.children) if (cell.type === 'tableDelimiter') align.push(alignment(cell));
      }
    }
    return { type: 'table', align, children: rows, position: this.position(token) } as Nodes;
  }

  private tableRow(row: MarkdownlintToken): Nodes {
    const cells: Nodes[] = [];
    for (const cell of row.children) {
      if (cell.type !== 'tableHeader' && cell.type !== 'tableData') continue;
      const node = { type: 'tableCell', children: [] as Nodes[], position: this.position(cell) };
      const content = cell.children.find((child) => child.type === 'tableContent');
      if (content) this.inline(content.children, node as Container, false, true);
      cells.push(node as Nodes);
    }
    return { type: 'tableRow', children: cells, position: this.position(row) } as Nodes;
  }

  // --- Text ------------------------------------------------------------------------------------------------------

  /**
   * Inline content into `parent`. `lineEndings`: whether a line ending becomes text here (paragraphs, headings,
   * emphasis, labels), as mdast-util-from-markdown's `canContainEols`.
   */
  private inline(tokens: readonly MarkdownlintToken[], parent: Container, lineEndings: boolean, inTable = false): void {
    for (const token of tokens) {
      switch (token.type) {
        case 'data':
          this.appendText(parent, this.slice(token), token, token);
          break;
        case 'characterEscape': {
          const value = token.children.find((child) => child.type === 'characterEscapeValue');
          if (!value) throw new Unsupported();
          this.appendText(parent, this.slice(value), token, value);
          break;
        }
        case 'characterReference':
          this.appendText(parent, this.characterReference(token), token, token);
          break;
        case 'lineEnding':
          if (this.atHardBreak) {
            const last = parent.children[parent.children.length - 1];
            if (last?.position) last.position.end = this.end(token);
            this.atHardBreak = false;
          } else if (lineEndings) {
            this.appendText(parent, this.slice(token), token, token);
          }
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing':
          parent.children.push({ type: 'break', position: this.position(token) });
          this.atHardBreak = true;
          break;
        case 'emphasis':
        case 'strong': {
          const node = { type: token.type, children: [] as Nodes[], position: this.position(token) } as Nodes;
          parent.children.push(node);
          const content = token.children.find((child) => child.type === `${token.type}Text`);
          if (content) this.inline(content.children, node as Container, true, inTable);
          break;
        }
        case 'codeText': {
          let value = '';
          for (const child of token.children) if (child.type === 'codeTextData' || child.type === 'lineEnding') value += this.slice(child);
          // mdast-util-gfm-table: inside a table cell, `\|` in code is a pipe.
          if (inTable) value = unescapePipes(value);
          parent.children.push({ type: 'inlineCode', value, position: this.position(token) });
          break;
        }
        case 'htmlText': {
          let value = '';
          for (const child of token.children) if (child.type === 'htmlTextData' || child.type === 'lineEnding') value += this.slice(child);
          parent.children.push({ type: 'html', value, position: this.position(token) });
          break;
        }
        case 'autolink': {
          const target = token.children.find((child) => child.type === 'autolinkProtocol' || child.type === 'autolinkEmail');
          if (!target) throw new Unsupported();
          const address = this.slice(target);
          const link = {
            type: 'link',
            title: null,
            url: target.type === 'autolinkEmail' ? `mailto:${address}` : address,
            children: [] as Nodes[],
            position: this.position(token),
          } as Nodes;
          parent.children.push(link);
          this.appendText(link as Container, address, target, target);
          break;
        }
        case 'literalAutolink': {
          const target = token.children.find((child) => literalAutolinkKinds.has(child.type));
          if (!target) throw new Unsupported();
          const address = this.slice(target);
          const url = target.type === 'literalAutolinkEmail' ? `mailto:${address}` : target.type === 'literalAutolinkWww' ? `http://${address}` : address;
          const link = { type: 'link', title: null, url, children: [] as Nodes[], position: this.position(token) } as Nodes;
          parent.children.push(link);
          this.appendText(link as Container, address, target, target);
          break;
        }
        case 'link':
        case 'image':
          parent.children.push(this.linkOrImage(token, inTable));
          break;
        case 'gfmFootnoteCall': {
          const string = token.children.find((child) => child.type === 'gfmFootnoteCallString');
          if (!string) throw new Unsupported();
          parent.children.push({
            type: 'footnoteReference',
            identifier: normalizeIdentifier(this.slice(string)).toLowerCase(),
            label: this.decoded(string.children),
            position: this.position(token),
          });
          break;
        }
        default:
          if (skippedInText.has(token.type)) break;
          throw new Unsupported();
      }
    }
  }

  private linkOrImage(token: MarkdownlintToken, inTable: boolean): Nodes {
    const isImage = token.type === 'image';
    const node: Record<string, unknown> & { position: Position } = isImage
      ? { type: 'image', title: null, url: '', alt: null, position: this.position(token) }
      : { type: 'link', title: null, url: '', children: [], position: this.position(token) };
    let reference: 'shortcut' | 'collapsed' | 'full' | undefined = 'shortcut';
    for (const part of token.children) {
      if (part.type === 'label') {
        this.recordSpan(node, 'label', part);
        const fragment: Container = { children: [] };
        const labelText = part.children.find((child) => child.type === 'labelText');
        if (labelText) {
          this.inline(labelText.children, fragment, true, inTable);
          node.identifier = normalizeIdentifier(this.slice(labelText)).toLowerCase();
        }
        if (isImage) node.alt = plainText(fragment.children);
        else node.children = fragment.children;
      } else if (part.type === 'resource') {
        reference = undefined;
        const destination = findDeep(part, 'resourceDestinationString');
        if (destination) {
          node.url = this.decoded(destination.children);
          this.recordSpan(node, 'destination', destination);
        }
        const title = findDeep(part, 'resourceTitleString');
        if (title) node.title = this.decoded(title.children);
      } else if (part.type === 'reference') {
        const string = part.children.find((child) => child.type === 'referenceString');
        if (string) {
          reference = 'full';
          node.identifier = normalizeIdentifier(this.slice(string)).toLowerCase();
        } else {
          reference = 'collapsed';
        }
      }
    }
    if (reference) {
      node.type = `${node.type as string}Reference`;
      node.referenceType = reference;
      delete node.url;
      delete node.title;
    } else {
      delete node.identifier;
    }
    return node as unknown as Nodes;
  }

  /** Adds text to the last text node of `parent`, or starts one, as micromark's data tokens merge into one text. */
  private appendText(parent: Container, value: string, from: MarkdownlintToken, to: MarkdownlintToken): void {
    const last = parent.children[parent.children.length - 1];
    if (last?.type === 'text') {
      last.value += value;
      last.position!.end = this.end(to);
      return;
    }
    parent.children.push({ type: 'text', value, position: { start: this.start(from), end: this.end(to) } });
  }

  /** The string a run of data, escapes and character references stands for (a URL, a title, a fence's language). */
  private decoded(tokens: readonly MarkdownlintToken[]): string {
    let value = '';
    for (const token of tokens) {
      if (token.type === 'data' || token.type === 'lineEnding') value += this.slice(token);
      else if (token.type === 'characterEscape') value += this.slice(token).slice(1);
      else if (token.type === 'characterReference') value += this.characterReference(token);
    }
    return value;
  }

  private characterReference(token: MarkdownlintToken): string {
    const value = token.children.find((child) => child.type === 'characterReferenceValue');
    if (!value) throw new Unsupported();
    const data = this.slice(value);
    if (token.children.some((child) => child.type === 'characterReferenceMarkerHexadecimal')) return decodeNumericCharacterReference(data, 16);
    if (token.children.some((child) => child.type === 'characterReferenceMarkerNumeric')) return decodeNumericCharacterReference(data, 10);
    const decoded = decodeNamedCharacterReference(data);
    if (decoded === false) throw new Unsupported();
    return decoded;
  }

  private recordSpan(node: object, key: keyof SourceSpans, token: MarkdownlintToken): void {
    const known = this.spans.get(node as Nodes) ?? {};
    known[key] = { start: this.start(token).offset, end: this.end(token).offset };
    this.spans.set(node as Nodes, known);
  }
}

/**
 * Whether text outside links holds what mdast-util-gfm-autolink-literal's pass looks for (`http://`, `https://`,
 * `www.` in any case, or `@`); when none does, that pass changes nothing.
 */
function mayHoldBareAddress(root: Root): boolean {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const value = node.value;
      if (value.includes('@')) return true;
      const lower = value.toLowerCase();
      if (lower.includes('www.') || lower.includes('http://') || lower.includes('https://')) return true;
    } else if (node.type !== 'link' && node.type !== 'linkReference' && 'children' in node) {
      for (const child of (node as Parents).children) stack.push(child);
    }
  }
  return false;
}

/** The first descendant of the given type, depth first. */
function findDeep(token: MarkdownlintToken, type: string): MarkdownlintToken | undefined {
  const stack = [...token.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === type) return next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return undefined;
}

/** `[ ]`, `[x]` or `[X]` where an item's text starts: a GitHub task list item, which markdownlint does not parse. */
function startsWithTaskMarker(text: string, offset: number): boolean {
  let at = offset;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  const mark = text[at + 1];
  return text[at] === '[' && (mark === ' ' || mark === '\t' || mark === 'x' || mark === 'X') && text[at + 2] === ']';
}

function alignment(delimiter: MarkdownlintToken): 'left' | 'right' | 'center' | null {
  const content = delimiter.children.find((child) => child.type === 'tableContent') ?? delimiter;
  const markers = content.children.map((child) => child.type);
  const left = markers[0] === 'tableDelimiterMarker';
  const right = markers.length > 1 && markers[markers.length - 1] === 'tableDelimiterMarker';
  return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
}

function withoutFinalLineEnding(value: string): string {
  return value.endsWith('\n') ? value.slice(0, -1) : value;
}

/** `\|` and `\\` in inline code inside a table cell, as mdast-util-gfm-table reads them. */
function unescapePipes(value: string): string {
  if (!value.includes('\\')) return value;
  let result = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && (value[i + 1] === '|' || value[i + 1] === '\\')) {
      result += value[i + 1];
      i++;
    } else {
      result += value[i];
    }
  }
  return result;
}

/** mdast-util-to-string with its defaults (alt text of images and raw HTML included): an image's alt. */
function plainText(nodes: readonly Nodes[]): string {
  let text = '';
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('value' in node && typeof node.value === 'string') text += node.value;
    else if (node.type === 'image' || node.type === 'imageReference') text += node.alt ?? '';
    else if ('children' in node) for (let i = (node as Parents).children.length - 1; i >= 0; i--) stack.push((node as Parents).children[i]);
  }
  return text;
}
