import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { Fix } from '../types';
import { isTemplateValue } from '../templates/templateCode';
import { attributeIndex } from '../aria/attributes';
import { abstractRoles, isRoleName } from '../aria/roles';
import { removeAttributeEdit } from '../html/edits';
import { spaceSeparatedTokens } from '../text/tokens';

const id = 'aria-roles';

export const ariaRoles: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Roles must be real ARIA roles',
    description:
      'Finds `role` attributes whose value is not a role that exists in ARIA (a typo such as `role="buton"`, or an invented role), and abstract roles such as `role="widget"` that are only meant for the specification.',
    whyItMatters:
      'The role tells screen readers what something is: a button, a tab, a search box. A misspelt or made-up role is ignored, so the element is announced as something else and people using a screen reader may not be able to use it.',
    equivalents: { axe: 'aria-roles', lighthouse: 'aria-roles' },
    docPath: docPathFor(id),
    messages: {
      abstractRole:
        '"{roles}" is an abstract ARIA role, only used inside the ARIA specification, so screen readers ignore it. Use a concrete role (for example "button" or "navigation") or remove the role from this {tag}.',
      unknownRole:
        '"{value}" is not an ARIA role, so screen readers ignore it and announce this {tag} as something else. Check the spelling against the list of ARIA roles, or remove the role attribute.',
      removeRoleAttribute: 'Remove the role attribute',
    },
  },
  check({ page, report }) {
    for (const element of attributeIndex(page).withRole) {
      const value = element.attribs['role'];
      if (value === undefined || value.trim() === '' || isTemplateValue(value)) continue;
      const list = spaceSeparatedTokens(value);
      const abstract = list.filter((role) => abstractRoles.has(role));
      // As axe-core: case does not matter for existence (role="Button" is fine), abstract roles are matched as written.
      const allInvalid = list.every((role) => !isRoleName(role.toLowerCase()));
      if (!allInvalid && abstract.length === 0) continue;
      const span = page.attributeSpan(element, 'role') ?? page.startTagSpan(element);
      const fixes: Fix[] = [];
      const remove = removeAttributeEdit(page, element, 'role');
      if (remove) fixes.push({ title: ruleMessage(ariaRoles.meta, 'removeRoleAttribute'), edits: [remove] });
      const tag = `<${element.name}>`;
      report({
        message:
          abstract.length > 0
            ? ruleMessage(ariaRoles.meta, 'abstractRole', { roles: abstract.join('", "'), tag })
            : ruleMessage(ariaRoles.meta, 'unknownRole', { value: value.trim(), tag }),
        start: span.start,
        end: span.end,
        fixes,
      });
    }
  },
};
