import { askFix, escapeMarkdownInline } from '../rules/rule';
import type { Fix, TextEdit } from '../types';
import { SourceMap, type Segment } from './sourceMap';

/**
 * Turns fixes computed on the generated HTML into edits of the Markdown. A fix survives only if every edit lands
 * exactly: inside raw HTML (copied as is), inside plain text or alt text written as is (and the new text needs no
 * Markdown escaping), or — for a fix that asks for words about an image or a link — as the same question answered
 * between the brackets of `![…]` or `[…]`. Anything else is dropped; the finding stays.
 */
export function translateFixes(fixes: readonly Fix[], holder: Segment | undefined, map: SourceMap): Fix[] {
  const translated: Fix[] = [];
  for (const fix of fixes) {
    const result = fix.ask ? translateAsk(fix, holder, map) : translateEdits(fix, map);
    if (result) translated.push(result);
  }
  return translated;
}

function translateAsk(fix: Fix, holder: Segment | undefined, map: SourceMap): Fix | undefined {
  const ask = fix.ask!;
  if ((holder?.kind === 'image' || holder?.kind === 'link') && holder.labelText) {
    return askFix(fix.title, { ...ask, start: holder.labelText.start, end: holder.labelText.end, before: '', after: '', escape: 'markdown' });
  }
  // A bare or <…> address is its own link text: new words there would replace the address and end the link.
  if (holder?.kind === 'link') return undefined;
  const exact = map.exactHolder(ask.start, ask.end);
  if (exact?.kind === 'html') {
    return askFix(fix.title, { ...ask, start: SourceMap.sourceOffset(exact, ask.start), end: SourceMap.sourceOffset(exact, ask.end) });
  }
  if (exact?.kind === 'text' && ask.before === '' && ask.after === '') {
    return askFix(fix.title, { ...ask, start: SourceMap.sourceOffset(exact, ask.start), end: SourceMap.sourceOffset(exact, ask.end), escape: 'markdown' });
  }
  return undefined;
}

function translateEdits(fix: Fix, map: SourceMap): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    const exact = map.exactHolder(edit.start, edit.end);
    if (!exact) return undefined;
    // Raw HTML takes HTML as is; Markdown text and alt text only what needs no escaping there. Emptying Markdown
    // alt text is no fix: `![](…)` is an image without alt, Markdown has no way to say "decoration".
    if (exact.kind !== 'html' && escapeMarkdownInline(edit.newText) !== edit.newText) return undefined;
    if (exact.kind === 'attribute' && edit.newText === '' && edit.end - edit.start === exact.genEnd - exact.genStart) return undefined;
    edits.push({ ...edit, start: SourceMap.sourceOffset(exact, edit.start), end: SourceMap.sourceOffset(exact, edit.end) });
  }
  return { ...fix, edits };
}
