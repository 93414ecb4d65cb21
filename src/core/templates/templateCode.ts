import { TemplateBranches } from './branches';
import { insideTemplate, templateMarker, touchesTemplate, type TemplateSpan } from './mask';

/**
 * The template code of one file, as the rules see it: where it is, and which conditional branch each offset is in.
 * Rules reach it through `templateCodeOf(context.source)`.
 */
export class TemplateCode {
  private constructor(
    readonly spans: readonly TemplateSpan[],
    readonly branches: TemplateBranches,
  ) {}

  static readonly none = new TemplateCode([], TemplateBranches.none);

  /** `text` is the original file; `spans` come from maskTemplates on it. */
  static of(text: string, spans: readonly TemplateSpan[]): TemplateCode {
    return spans.length === 0 ? TemplateCode.none : new TemplateCode(spans, TemplateBranches.of(text, spans));
  }

  get present(): boolean {
    return this.spans.length > 0;
  }

  /** True when [start, end) lies within template code. */
  inside(start: number, end: number): boolean {
    return insideTemplate(this.spans, start, end);
  }

  /** True when an edit of [start, end) would change template code. */
  touches(start: number, end: number): boolean {
    return touchesTemplate(this.spans, start, end);
  }

  /** True when the two offsets are in different branches of one template conditional. */
  mutuallyExclusive(a: number, b: number): boolean {
    return this.present && this.branches.mutuallyExclusive(a, b);
  }

  /** True when the offset sits inside a template conditional or loop (built only sometimes, or many times). */
  conditional(offset: number): boolean {
    return this.present && this.branches.conditional(offset);
  }
}

/**
 * True when a value (an attribute, an element's text) holds template output: it is present, but what it says is
 * only known when the site is built, so a rule that needs the value must not judge it.
 */
export function isTemplateValue(value: string | undefined): boolean {
  return value !== undefined && value.includes(templateMarker);
}

/** True when the text is nothing but template output and white space (`{{ range }}` text inside a list). */
export function isOnlyTemplate(value: string): boolean {
  let sawMarker = false;
  for (const character of value) {
    if (character === templateMarker) sawMarker = true;
    else if (!/\s/.test(character)) return false;
  }
  return sawMarker;
}

/** The file's template code, or none. */
export function templateCodeOf(source: { readonly templates?: TemplateCode }): TemplateCode {
  return source.templates ?? TemplateCode.none;
}

/** True when two elements sit in different branches of one template conditional: only one is ever built. */
export function inDifferentBranches(
  source: { readonly templates?: TemplateCode },
  a: { startIndex: number | null },
  b: { startIndex: number | null },
): boolean {
  const templates = templateCodeOf(source);
  return templates.present && templates.mutuallyExclusive(a.startIndex ?? 0, b.startIndex ?? 0);
}
