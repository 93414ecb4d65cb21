import { escapeAttribute, escapeMarkdownInline, escapeQuotedString, escapeText } from '../rules/rule';

export { escapeAttribute, escapeText, escapeQuotedString };

/** Words inside Markdown text (a label, a paragraph, a heading). */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text);
}

/** A heading's words in Markdown: a run of `#` at the end would be read as a closing sequence and dropped. */
export function escapeMarkdownHeading(text: string): string {
  const escaped = escapeMarkdownInline(text);
  return escaped.endsWith('#') ? `${escaped.slice(0, -1)}\\#` : escaped;
}

/** A link destination in Markdown: spaces, parentheses and angle brackets percent-encoded, so `(…)` holds it. */
export function markdownDestination(url: string): string {
  return url.replace(/[ ()<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** JSON inside `<script type="application/ld+json">`: `<` written as \u003c so no `</script>` can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}
