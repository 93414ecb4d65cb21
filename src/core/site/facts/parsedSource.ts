import type { Root } from 'mdast';
import type { FrontMatter } from '../../frontMatter/frontMatter';
import type { HtmlPage } from '../../html/parse';
import type { SpansByNode } from '../../markdown/parseMarkdown';
import type { LineIndex } from '../../text/lineIndex';

/**
 * A page as the page check parsed it (`CheckOptions.onParsed`), so the whole-site facts come from that parse instead
 * of a second one. HTML: the page parsed from the masked text. Markdown: the tree built from the masked text, with
 * node offsets in the file, and the file's line index.
 */
export type ParsedSource =
  | { readonly kind: 'html'; readonly page: HtmlPage; readonly frontMatter: FrontMatter | undefined }
  | { readonly kind: 'markdown'; readonly root: Root; readonly spans: SpansByNode; readonly frontMatter: FrontMatter | undefined; readonly lines: LineIndex };
