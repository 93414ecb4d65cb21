import { allRules, check, type Rule } from '../../../src/core';
import { HtmlPage, type Element } from '../../../src/core/html/parse';
import type { AxeOracle } from './axeOracle';
import type { GeneratedCase, RuleCases } from './caseTypes';
import { Random } from './random';

export interface CaseOutcome {
  readonly generated: GeneratedCase;
  /** Start-tag offsets, relative to the case's markup, of the elements each side reports. */
  readonly axe: readonly number[];
  readonly ours: readonly number[];
  /** Elements axe left for a person to review (counted as not reported). */
  readonly axeIncomplete: number;
  readonly agree: boolean;
}

/** The rule of ours whose metadata names this axe rule as its equivalent (HTML rules only). */
export function ourRuleFor(axeRule: string): Rule {
  const rule = allRules.find((candidate) => candidate.meta.equivalents.axe === axeRule && !candidate.meta.id.startsWith('front-matter-'));
  if (!rule) throw new Error(`no rule names axe's ${axeRule} as its equivalent`);
  return rule;
}

/** A seed per rule, so adding a rule does not change the cases of another. */
export function seedFor(axeRule: string): number {
  let hash = 2166136261;
  for (let i = 0; i < axeRule.length; i++) hash = Math.imul(hash ^ axeRule.charCodeAt(i), 16777619);
  return hash >>> 0;
}

export function generateCases(spec: RuleCases, count: number): GeneratedCase[] {
  const random = new Random(seedFor(spec.axeRule));
  const cases: GeneratedCase[] = [];
  for (let index = 0; index < count; index++) cases.push(spec.generate(random, (name) => `c${index}-${name}`));
  return cases;
}

const pageStart = '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Generated cases</title></head>\n<body>\n<main>\n';
const pageEnd = '</main>\n</body>\n</html>\n';

/** Runs axe's rule and ours on every case and compares, element by element. */
export async function compareRule(oracle: AxeOracle, spec: RuleCases, cases: readonly GeneratedCase[], batchSize = 150): Promise<CaseOutcome[]> {
  const rule = ourRuleFor(spec.axeRule);
  const outcomes: CaseOutcome[] = [];
  if (spec.scope === 'page') {
    for (const generated of cases)
      outcomes.push(...(await compareText(oracle, spec, rule, generated.html, [{ generated, start: 0, end: generated.html.length }])));
    return outcomes;
  }
  for (let from = 0; from < cases.length; from += batchSize) {
    let text = pageStart;
    const placed: PlacedCase[] = [];
    for (const generated of cases.slice(from, from + batchSize)) {
      text += '<div>\n';
      placed.push({ generated, start: text.length, end: text.length + generated.html.length });
      text += `${generated.html}\n</div>\n`;
    }
    outcomes.push(...(await compareText(oracle, spec, rule, text + pageEnd, placed)));
  }
  return outcomes;
}

interface PlacedCase {
  readonly generated: GeneratedCase;
  readonly start: number;
  readonly end: number;
}

async function compareText(oracle: AxeOracle, spec: RuleCases, rule: Rule, text: string, placed: readonly PlacedCase[]): Promise<CaseOutcome[]> {
  const page = HtmlPage.parse(text);
  const starts = page.elements.map((element) => ({
    start: page.startTagSpan(element).start,
    nameEnd: page.startTagSpan(element).start + 1 + element.name.length,
  }));
  const verdict = await oracle.run(spec.axeRule, text, starts);
  const ours = new Set<number>();
  for (const finding of check(text, { rules: [rule] })) {
    if (finding.ruleId !== rule.meta.id) continue;
    let element = elementAt(page, finding.startOffset);
    if (element && spec.axeReportsOn) element = closestNamed(element, spec.axeReportsOn) ?? element;
    if (element) ours.add(page.startTagSpan(element).start);
  }
  return placed.map(({ generated, start, end }) => {
    const inCase = (offset: number): boolean => offset >= start && offset < end;
    const relative = (offsets: Iterable<number>): number[] => {
      const inside = [...offsets]
        .filter(inCase)
        .map((offset) => offset - start)
        .sort((a, b) => a - b);
      return spec.comparePageOnly ? inside.slice(0, 1).map(() => 0) : inside;
    };
    const axe = relative(verdict.violations);
    const mine = relative(ours);
    const axeIncomplete = [...verdict.incomplete].filter(inCase).length;
    return { generated, axe, ours: mine, axeIncomplete, agree: axe.join() === mine.join() };
  });
}

/** The element a finding points at: the innermost start tag holding its start, else the innermost element. */
function elementAt(page: HtmlPage, offset: number): Element | undefined {
  let inTag: Element | undefined;
  let inElement: Element | undefined;
  for (const element of page.elements) {
    const tag = page.startTagSpan(element);
    if (tag.start > offset) break;
    if (offset < tag.end) inTag = element;
    const span = page.elementSpan(element);
    if (offset < span.end) inElement = element;
  }
  return inTag ?? inElement;
}

function closestNamed(element: Element, names: readonly string[]): Element | undefined {
  let current: Element | null = element;
  while (current) {
    if (names.includes(current.name)) return current;
    current = current.parent && 'name' in current.parent ? (current.parent as Element) : null;
  }
  return undefined;
}
