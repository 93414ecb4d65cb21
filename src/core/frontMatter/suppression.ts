import type { Suppressions } from '../suppressions';
import type { LineIndex } from '../text/lineIndex';
import type { FrontMatter } from './frontMatter';

/**
 * The line whose disable comments also switch off findings inside the page settings. A comment cannot go inside
 * them (it would break YAML, TOML or JSON) nor above them (they must come first), so "Disable for this line" and
 * "Disable for this file" write their comment on the line just after the settings: a `disable` comment there covers
 * the rest of the file from that line, a `disable-next-line` comment the line below it. Both cover the line below,
 * which is the line returned. Undefined when the page has no settings or the line is not inside them.
 */
export function suppressionLineFor(settings: FrontMatter | undefined, lines: LineIndex, line: number): number | undefined {
  if (!settings) return undefined;
  const lastLine = lines.positionAt(settings.span.end).line;
  if (line < lines.positionAt(settings.span.start).line || line > lastLine) return undefined;
  return lastLine + 2;
}

/**
 * True when disable comments switch off a finding of `ruleId` starting on `line` (0-based, in the file as written):
 * comments above it, or for a finding in the page settings, comments just after them.
 */
export function isSuppressed(suppressions: Suppressions, ruleId: string, line: number, settings: FrontMatter | undefined, lines: LineIndex): boolean {
  if (suppressions.covers(ruleId, line)) return true;
  const after = suppressionLineFor(settings, lines, line);
  return after !== undefined && suppressions.covers(ruleId, after);
}
