import type { Span } from '../html/parse';
import type { TemplateSpan } from './mask';

/**
 * Recognises a layout by its content, for files outside the generator's layout folders. Kept deliberately simple:
 * a file is a layout when its template code
 * - places the page's content (`{{ content }}`, `{{ .Content }}`, `{{{ body }}}`, `<%= yield %>`, `<%- body %>`,
 *   `{% block content %}`, `{{ block "main" . }}`), or
 * - builds its `<head>` from another file (`{{ partial "head.html" . }}`, `{% include "head.njk" %}`, `{{> head}}`,
 *   `<?php get_header(); ?>`…), because then the title and description live in that other file.
 */
export function looksLikeLayout(text: string, spans: readonly TemplateSpan[], head: Span | undefined): boolean {
  for (const span of spans) {
    if (span.kind !== 'output') continue;
    const code = innerCode(text.slice(span.start, span.end));
    if (placesContent(code)) return true;
    if (head && span.start >= head.start && span.end <= head.end && includesFile(code)) return true;
  }
  return false;
}

function innerCode(raw: string): string {
  const open = raw.startsWith('{{{') ? 3 : raw.startsWith('<?php') ? 5 : 2;
  const close = raw.endsWith('}}}') ? 3 : raw.endsWith('?>') || raw.endsWith('}}') || raw.endsWith('%}') || raw.endsWith('%>') ? 2 : 0;
  return raw
    .slice(open, raw.length - close)
    .replace(/^[-~=]/, '')
    .replace(/[-~]$/, '')
    .trim();
}

const contentPlaceholder = /^(?:\.Content|content|body|yield|layoutContent|@partial-block|>\s*@partial-block)\b|^block\s+(?:"main"|content\b|main\b)/;

function placesContent(code: string): boolean {
  return contentPlaceholder.test(code);
}

const fileInclusion = /^(?:partial|partialCached|template|include|include_relative|render|block|get_header|wp_head|include_once|require|require_once)\b|^>/;

function includesFile(code: string): boolean {
  return fileInclusion.test(code);
}
