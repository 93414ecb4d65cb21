import type { Nodes, Root } from 'mdast';
import { fromMarkdown, type CompileContext, type Extension, type Token } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Span } from '../html/parse';

/**
 * Where a link's or image's parts are written, recorded while parsing from micromark's own tokens (exact, no
 * guessing from the text): `label` is `[…]` (or `![…]` for an image) brackets included, `destination` the URL
 * between `(` and `)` or in a reference definition.
 */
export interface SourceSpans {
  label?: Span;
  destination?: Span;
}

/** The spans recorded on each link, image and definition node. */
export type SpansByNode = WeakMap<Nodes, SourceSpans>;

export interface ParsedMarkdown {
  readonly root: Root;
  readonly spans: SpansByNode;
}

/**
 * Parses Markdown (CommonMark + GitHub's tables, footnotes, strikethrough, task lists and bare links) into mdast.
 * Every node's `position` holds offsets into `text`, so `text` must already have its front matter and template
 * code blanked to the same length (see prepareMarkdown).
 */
export function parseMarkdown(text: string): ParsedMarkdown {
  const spans: SpansByNode = new WeakMap();
  gfmExtensions ??= { syntax: [gfm()], tree: gfmFromMarkdown() };
  const root = fromMarkdown(text, { extensions: gfmExtensions.syntax, mdastExtensions: [gfmExtensions.tree, spanRecorder(spans)] });
  return { root, spans };
}

/**
 * GitHub's syntax and tree extensions, made once: making them merges every construct table again, which took half
 * the time of reading a paragraph (the preview reads one small part per keystroke). Neither parser changes them.
 */
let gfmExtensions: { readonly syntax: ReturnType<typeof gfm>[]; readonly tree: ReturnType<typeof gfmFromMarkdown> } | undefined;

/**
 * `label`, `resourceDestinationString` and `definitionDestinationString` are buffered by default: these handlers do
 * the same, after writing the token's offsets on the node being built (the one on top of the stack).
 */
function spanRecorder(spans: SpansByNode): Extension {
  const record = (key: keyof SourceSpans) =>
    function (this: CompileContext, token: Token): undefined {
      const node = this.stack[this.stack.length - 1] as Nodes;
      const known = spans.get(node) ?? {};
      known[key] = { start: token.start.offset, end: token.end.offset };
      spans.set(node, known);
      this.buffer();
    };
  return {
    enter: {
      label: record('label'),
      resourceDestinationString: record('destination'),
      definitionDestinationString: record('destination'),
    },
  };
}
