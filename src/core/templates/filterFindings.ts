import type { Fix } from '../types';
import { templateMarker } from './mask';
import type { TemplateCode } from './templateCode';

interface Located {
  readonly start: number;
  readonly end: number;
  readonly fixes: readonly Fix[];
}

/**
 * Template code is never content: a finding inside it is dropped, and so is any fix that would edit template code
 * or write the masking marker back into the file. Everything else is kept as reported.
 */
export function withoutTemplateCode<T extends Located>(findings: readonly T[], templates: TemplateCode): T[] {
  if (!templates.present) return [...findings];
  const kept: T[] = [];
  for (const finding of findings) {
    if (templates.inside(finding.start, finding.end)) continue;
    const fixes = finding.fixes.filter((fix) => safeAroundTemplates(fix, templates));
    kept.push(fixes.length === finding.fixes.length ? finding : { ...finding, fixes });
  }
  return kept;
}

function safeAroundTemplates(fix: Fix, templates: TemplateCode): boolean {
  return fix.edits.every((edit) => !templates.touches(edit.start, edit.end) && !edit.newText.includes(templateMarker));
}
