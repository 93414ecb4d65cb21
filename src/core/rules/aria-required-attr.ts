import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { attributeIndex } from '../aria/attributes';
import { explicitRole, roleDefinition } from '../aria/roles';

const id = 'aria-required-attr';

/**
 * Required states and properties per role, from aria-query, adjusted as axe-core
 * does (lib/standards/aria-roles.js): option and treeitem have an implicit
 * aria-selected, scrollbar's aria-controls is not required, and a separator
 * needs aria-valuenow (only when it can take focus, see below).
 */
const notRequiredByAxe: Readonly<Record<string, readonly string[]>> = {
  option: ['aria-selected'],
  treeitem: ['aria-selected'],
  scrollbar: ['aria-controls'],
};

const requiredCache = new Map<string, string[]>();

function requiredAttributes(role: string): string[] {
  let required = requiredCache.get(role);
  if (!required) {
    required = computeRequired(role);
    requiredCache.set(role, required);
  }
  return required;
}

function computeRequired(role: string): string[] {
  if (role === 'separator') return ['aria-valuenow'];
  const props = roleDefinition(role)?.requiredProps ?? [];
  const dropped = notRequiredByAxe[role] ?? [];
  return props.filter((prop) => !dropped.includes(prop));
}

/** Values native elements supply themselves (axe-core's implicitAttrs in lib/standards/html-elms.js). */
function implicitAttributes(element: Element): readonly string[] {
  switch (element.name) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return ['aria-level'];
    case 'input': {
      const type = element.attribs['type']?.trim().toLowerCase();
      return type === 'checkbox' || type === 'radio' ? ['aria-checked'] : ['aria-valuenow'];
    }
    case 'select':
    case 'textarea':
      return ['aria-valuenow'];
    case 'option':
      return ['aria-selected'];
    case 'progress':
      return ['aria-valuemax', 'aria-valuemin', 'aria-valuenow'];
    case 'li':
      return ['aria-setsize', 'aria-posinset'];
    default:
      return [];
  }
}

const focusableNames = new Set(['button', 'select', 'textarea', 'iframe', 'summary']);

/** Can take focus: a tabindex, or a native control (axe-core only requires aria-valuenow on focusable separators). */
function isFocusable(element: Element): boolean {
  if (element.attribs['tabindex'] !== undefined && /^\s*[-+]?\d/.test(element.attribs['tabindex'])) return true;
  if ('disabled' in element.attribs) return false;
  if (focusableNames.has(element.name)) return true;
  if (element.name === 'input') return element.attribs['type']?.trim().toLowerCase() !== 'hidden';
  return (element.name === 'a' || element.name === 'area') && element.attribs['href'] !== undefined;
}

function hasValue(element: Element, name: string): boolean {
  return (element.attribs[name]?.trim() ?? '') !== '';
}

export const ariaRequiredAttr: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Roles must have the ARIA attributes they require',
    description:
      'Finds elements whose `role` needs a state or value that is missing: `role="checkbox"` without `aria-checked`, `role="heading"` without `aria-level`, `role="slider"` without `aria-valuenow`, `role="combobox"` without `aria-expanded` and `aria-controls`. Native elements that already give the value (a real checkbox, `<h2>`) are not reported.',
    whyItMatters:
      'A custom control has to tell screen readers its state: whether a checkbox is ticked, which level a heading is, where a slider is set. Without it, people using a screen reader hear the control but not its state, and cannot tell what it does or whether it worked.',
    equivalents: { axe: 'aria-required-attr', lighthouse: 'aria-required-attr' },
    docPath: docPathFor(id),
    messages: {
      missingOne:
        'This <{element}> has role="{role}" but no {missing}. Screen readers need it to announce the control\'s state or level: add {missing}="…" and keep it up to date.',
      missingMany:
        'This <{element}> has role="{role}" but no {list}. Screen readers need them to announce the control\'s state or level: add {attributes} and keep them up to date.',
    },
  },
  check({ page, report }) {
    for (const element of attributeIndex(page).withRole) {
      if (element.attribs['role'] === undefined) continue;
      const role = explicitRole(element, { fallback: false });
      if (!role) continue;
      const required = requiredAttributes(role);
      if (required.length === 0) continue;
      if (role === 'separator' && !isFocusable(element)) continue;
      if (role === 'combobox' && element.attribs['aria-expanded']?.trim().toLowerCase() === 'false') continue;
      if (role === 'slider' && hasValue(element, 'aria-valuetext')) continue;
      const implicit = implicitAttributes(element);
      const missing = required.filter((name) => !hasValue(element, name) && !implicit.includes(name));
      if (missing.length === 0) continue;
      const span = page.startTagSpan(element);
      report({
        message:
          missing.length === 1
            ? ruleMessage(ariaRequiredAttr.meta, 'missingOne', { element: element.name, role, missing: missing[0]! })
            : ruleMessage(ariaRequiredAttr.meta, 'missingMany', {
                element: element.name,
                role,
                list: missing.join(' and '),
                attributes: missing.map((name) => `${name}="…"`).join(' '),
              }),
        start: span.start,
        end: span.end,
      });
    }
  },
};
