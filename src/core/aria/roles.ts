import type { Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import { isFocusable } from '../html/focus';
import { attributeIndex } from './attributes';
import { roleFacts } from './ariaQueryTables';

/**
 * ARIA roles: one table of role definitions (aria-query, with the few roles axe-core adds), the role an element is
 * given with `role=` and the implicit roles some elements have. Two readings of `role=` exist because the checks
 * they follow (axe-core's list checks and its image and name checks) read it differently; each says which.
 */

/** Roles axe-core knows that aria-query 5.3 does not yet (ARIA 1.3 drafts and the `image` synonym of `img`). */
const axeExtraRoles = ['comment', 'image', 'sectionfooter', 'sectionheader', 'suggestion', 'text'];

const roleDefinitions = new Map(Object.entries(roleFacts));

/** What aria-query says about a role (undefined for a role it does not know). */
export function roleDefinition(role: string) {
  return roleDefinitions.get(role);
}

const allRoleNames = new Set<string>([...roleDefinitions.keys(), ...axeExtraRoles]);
export const abstractRoles = new Set<string>([...roleDefinitions.keys()].filter((name) => roleDefinitions.get(name)?.abstract));

/** A role name that exists in ARIA (abstract roles included, as axe's `isValidRole(role, { allowAbstract: true })`). Case-sensitive, as in axe-core. */
export function isRoleName(role: string): boolean {
  return allRoleNames.has(role);
}

/** A role authors may use: exists and is not abstract. */
export function isUsableRole(role: string): boolean {
  return allRoleNames.has(role) && !abstractRoles.has(role);
}

/**
 * The role set with `role=`, as axe-core's getExplicitRole: lower-cased; with `fallback` the first usable token,
 * otherwise the whole value must be one role. Digital publishing roles (doc-*) are ignored unless `dpub`.
 * Used by the ARIA and list checks.
 */
export function explicitRole(element: Element, { fallback = true, dpub = false } = {}): string | undefined {
  const value = (element.attribs['role'] ?? '').trim().toLowerCase();
  if (value === '') return undefined;
  const list = fallback ? value.split(/\s+/) : [value];
  return list.find((role) => (dpub || !role.startsWith('doc-')) && isUsableRole(role));
}

/**
 * The first role in `role=` that aria-query knows and is not abstract, "image" read as its synonym "img", digital
 * publishing roles included: the role the image and name checks compare (none/presentation, img, …).
 */
export function firstKnownRole(element: Element): string | undefined {
  const value = element.attribs['role'];
  if (!value) return undefined;
  for (const token of value.trim().toLowerCase().split(/\s+/)) {
    if (token === 'image') return 'img';
    if (token === 'none' || token === 'presentation') return token;
    const definition = roleDefinitions.get(token);
    if (definition && !definition.abstract) return token;
  }
  return undefined;
}

/** The first token of `role=`, lower-cased, whatever it is (as the heading and form-field checks read it). */
export function firstRoleToken(element: Element): string | undefined {
  return element.attribs['role']?.trim().toLowerCase().split(/\s+/)[0];
}

/** The `role` attribute trimmed and lower-cased, as axe-core's `[role='img']` selectors compare it. */
export function roleValue(element: Element): string {
  return element.attribs['role']?.trim().toLowerCase() ?? '';
}

/** Implicit roles of the elements the list checks ask about (a small subset of HTML-AAM). */
const implicitListRoles: Readonly<Record<string, string>> = { ul: 'list', ol: 'list', menu: 'list', li: 'listitem' };

/** Explicit role, else the implicit role for the few elements the list checks need. */
export function roleOf(element: Element): string | undefined {
  return explicitRole(element) ?? implicitListRoles[element.name];
}

/** Elements that have a `role` attribute, in document order (one pass, cached per page). */
export function elementsWithRole(page: HtmlPage): readonly Element[] {
  return attributeIndex(page).withRole;
}

/** Concrete roles browsers know (ARIA 1.2 and the drafts they support): an unknown role on a heading is ignored. */
export const browserKnownRoles: ReadonlySet<string> = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox comment complementary ' +
    'contentinfo definition deletion dialog directory document emphasis feed figure form generic grid gridcell group heading img insertion ' +
    'link list listbox listitem log main mark marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note ' +
    'option paragraph presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider ' +
    'spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem'
  ).split(' '),
);

/** ARIA attributes allowed on every element (axe-core's list); any of them cancels role="none"/"presentation". */
const globalAriaAttributes = [
  'aria-actions',
  'aria-atomic',
  'aria-braillelabel',
  'aria-brailleroledescription',
  'aria-busy',
  'aria-controls',
  'aria-current',
  'aria-describedby',
  'aria-description',
  'aria-details',
  'aria-disabled',
  'aria-dropeffect',
  'aria-errormessage',
  'aria-flowto',
  'aria-grabbed',
  'aria-haspopup',
  'aria-hidden',
  'aria-invalid',
  'aria-keyshortcuts',
  'aria-label',
  'aria-labelledby',
  'aria-live',
  'aria-owns',
  'aria-relevant',
  'aria-roledescription',
];

/**
 * axe-core's "presentational-role" check: role="none"/"presentation" counts
 * only when the element is not focusable and has no global ARIA attribute
 * (otherwise browsers ignore the role); frames with a title never count.
 */
export function hasPresentationalRole(element: Element): boolean {
  const role = firstKnownRole(element);
  if (role !== 'none' && role !== 'presentation') return false;
  if ((element.name === 'iframe' || element.name === 'frame') && 'title' in element.attribs) return false;
  if (isFocusable(element)) return false;
  return !globalAriaAttributes.some((name) => name in element.attribs);
}

/**
 * axe-core's "no-explicit-name-required" filter: an element given a role
 * that needs no name (and that is not focusable) is left to other checks.
 */
export function nameRequired(element: Element): boolean {
  const role = firstKnownRole(element);
  if (!role || role === 'none' || role === 'presentation') return true;
  return Boolean(roleDefinitions.get(role)?.accessibleNameRequired) || isFocusable(element);
}
