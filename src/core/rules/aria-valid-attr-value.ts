import type { Element } from 'domhandler';
import type { ARIAPropertyDefinition } from 'aria-query';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isWholePage } from '../html/document';
import { isDecimalNumber } from '../text/numbers';
import type { HtmlPage } from '../html/parse';
import { isTemplateValue } from '../templates/templateCode';
import { attributeIndex, attributeDefinition } from '../aria/attributes';
import { spaceSeparatedTokens } from '../text/tokens';
import { Hidden, hiddenWithAncestors } from '../html/visibility';

const id = 'aria-valid-attr-value';

/** Smallest allowed values of whole-number attributes (axe-core's standards, lib/standards/aria-attrs.js). */
const minimumValues: Readonly<Record<string, number>> = {
  'aria-colcount': -1,
  'aria-colindex': 1,
  'aria-colspan': 1,
  'aria-level': 1,
  'aria-posinset': 1,
  'aria-rowcount': -1,
  'aria-rowindex': 1,
  'aria-rowspan': 0,
  'aria-setsize': -1,
};

/** Token attributes axe-core accepts empty or with whitespace only. */
const allowEmpty = new Set(['aria-current', 'aria-haspopup']);
/** axe-core leaves these to a person: missing ids may be added later by script, and any aria-current value means "true". */
const needsReview = new Set(['aria-current', 'aria-describedby', 'aria-labelledby']);

/** A wrong value names the message (by id) that says which values would work; `values` is the one listed in it. */
type Verdict = { ok: true } | { ok: false; expected: ExpectedId; values?: string };
type ExpectedId = keyof typeof expectedMessages;

const wrongValue = '{name}="{value}" on this <{element}> is not a value screen readers understand, so it is ignored.';
const expectedMessages = {
  trueOrFalse: `${wrongValue} Use "true" or "false".`,
  trueFalseOrMixed: `${wrongValue} Use "true", "false" or "mixed".`,
  oneOf: `${wrongValue} Use one of {values}.`,
  oneOrMoreOf: `${wrongValue} Use one or more of {values}, separated by spaces.`,
  wholeNumber: `${wrongValue} Use a whole number.`,
  wholeNumberAtLeast: `${wrongValue} Use a whole number of at least {values}.`,
  number: `${wrongValue} Use a number, such as 3 or 2.5.`,
  idOnPage: `${wrongValue} Use the id of an element on this page.`,
  oneErrorId: `${wrongValue} Use the id of one element only (the error message).`,
  errorNotHidden: `${wrongValue} Use the id of an error message that is not hidden.`,
  errorAnnounced: `${wrongValue} Use the id of an error message that is announced: give that message role="alert", or list its id in aria-describedby too.`,
} as const;

function expectedValues(definition: ARIAPropertyDefinition): string {
  return (definition.values ?? [])
    .map(String)
    .filter((value) => value !== 'undefined')
    .map((value) => `"${value}"`)
    .join(', ');
}

function validate(page: HtmlPage, element: Element, name: string, value: string, checkIds: boolean): Verdict | undefined {
  const definition = attributeDefinition(name) as ARIAPropertyDefinition | undefined;
  if (!definition) return undefined;
  const trimmed = value.trim();
  switch (definition.type) {
    case 'string':
      return { ok: true };
    case 'boolean': {
      // axe-core compares the value as written (not trimmed), ignoring case.
      const values = definition.allowundefined ? ['true', 'false', 'undefined'] : ['true', 'false'];
      return values.includes(value.toLowerCase()) ? { ok: true } : { ok: false, expected: 'trueOrFalse' };
    }
    case 'tristate': {
      const values = ['true', 'false', 'mixed', 'undefined'];
      return values.includes(value.toLowerCase()) ? { ok: true } : { ok: false, expected: 'trueFalseOrMixed' };
    }
    case 'token': {
      if (allowEmpty.has(name) && trimmed === '') return { ok: true };
      const values = (definition.values ?? []).map(String);
      return values.includes(value.toLowerCase()) ? { ok: true } : { ok: false, expected: 'oneOf', values: expectedValues(definition) };
    }
    case 'tokenlist': {
      const values = (definition.values ?? []).map(String);
      const list = spaceSeparatedTokens(value);
      return list.length > 0 && list.every((token) => values.includes(token))
        ? { ok: true }
        : { ok: false, expected: 'oneOrMoreOf', values: expectedValues(definition) };
    }
    case 'integer': {
      const minimum = minimumValues[name] ?? -Infinity;
      return /^[-+]?[0-9]+$/.test(value) && parseInt(value, 10) >= minimum
        ? { ok: true }
        : minimum === -Infinity
          ? { ok: false, expected: 'wholeNumber' }
          : { ok: false, expected: 'wholeNumberAtLeast', values: String(minimum) };
    }
    case 'number': {
      return isDecimalNumber(value, { sign: true, trailingPoint: true }) ? { ok: true } : { ok: false, expected: 'number' };
    }
    case 'id':
    case 'idlist': {
      if (name === 'aria-errormessage') return errorMessageVerdict(page, element, value);
      if (!checkIds || trimmed === '') return { ok: true };
      if (!idCheckApplies(element, name)) return { ok: true };
      // One id, as written: browsers look it up without trimming spaces around it.
      const ids = name === 'aria-activedescendant' ? [value] : spaceSeparatedTokens(value);
      return ids.some((target) => page.elementsWithId(target).length > 0) ? { ok: true } : { ok: false, expected: 'idOnPage' };
    }
    default:
      return { ok: true };
  }
}

/**
 * aria-errormessage, as axe-core checks it: only on a field marked invalid, it must name one element, that element
 * must not be hidden, and it must be announced (role="alert", aria-live="polite"/"assertive", or also listed in
 * aria-describedby). A missing id is left alone: the message may be added when the error happens.
 */
function errorMessageVerdict(page: HtmlPage, element: Element, value: string): Verdict | undefined {
  const invalid = element.attribs['aria-invalid'];
  if (invalid === undefined || invalid.trim().toLowerCase() === 'false' || value.trim() === '') return { ok: true };
  const ids = spaceSeparatedTokens(value);
  if (ids.length > 1) return { ok: false, expected: 'oneErrorId' };
  const target = page.elementsWithId(ids[0])[0];
  if (!target) return undefined;
  if (hiddenWithAncestors(page, target, Hidden.fromScreenReaders)) return { ok: false, expected: 'errorNotHidden' };
  const live = target.attribs['aria-live']?.trim().toLowerCase();
  const announced =
    spaceSeparatedTokens(target.attribs['role'])[0]?.toLowerCase() === 'alert' ||
    live === 'polite' ||
    live === 'assertive' ||
    spaceSeparatedTokens(element.attribs['aria-describedby']).includes(ids[0]);
  return announced ? { ok: true } : { ok: false, expected: 'errorAnnounced' };
}

/** axe-core's pre-checks: a control that is closed, unselected or opens a popup may point at content that is not there yet. */
function idCheckApplies(element: Element, name: string): boolean {
  const value = (attribute: string) => element.attribs[attribute]?.trim().toLowerCase();
  if (name === 'aria-controls') {
    const popup = value('aria-haspopup');
    return value('aria-expanded') !== 'false' && value('aria-selected') !== 'false' && (popup === undefined || popup === 'false');
  }
  if (name === 'aria-owns') return value('aria-expanded') !== 'false';
  return true;
}

export const ariaValidAttrValue: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'ARIA attributes need valid values',
    description:
      'Finds ARIA attributes with a value they cannot take: `aria-hidden="yes"` instead of `"true"`, `aria-level="two"` instead of a number, a value not in the allowed list, or (on whole pages) `aria-controls`, `aria-owns`, `aria-activedescendant`, `aria-details` or `aria-flowto` pointing at an id that is not on the page.',
    whyItMatters:
      'Screen readers only act on the values the standard allows. Anything else is ignored or misread, so a menu may never be announced as open, a heading may get the wrong level, or a control may lose the link to what it controls.',
    equivalents: { axe: 'aria-valid-attr-value', lighthouse: 'aria-valid-attr-value' },
    docPath: docPathFor(id),
    messages: expectedMessages,
  },
  check({ page, source, report }) {
    const checkIds = isWholePage(page, source);
    for (const element of attributeIndex(page).withAria) {
      // As axe-core: screen readers never meet a hidden element, so its values cannot mislead them.
      if (hiddenWithAncestors(page, element, Hidden.fromScreenReaders)) continue;
      for (const [name, value] of Object.entries(element.attribs)) {
        if (!name.startsWith('aria-') || needsReview.has(name)) continue;
        // An empty value is a question for a person in axe-core, not a failure.
        if (value === '') continue;
        // Template code is present but only known when the site is built.
        if (isTemplateValue(value)) continue;
        const verdict = validate(page, element, name, value, checkIds);
        if (!verdict || verdict.ok) continue;
        const span = page.attributeSpan(element, name) ?? page.startTagSpan(element);
        report({
          message: ruleMessage(ariaValidAttrValue.meta, verdict.expected, { name, value, element: element.name, values: verdict.values ?? '' }),
          start: span.start,
          end: span.end,
        });
      }
    }
  },
};
