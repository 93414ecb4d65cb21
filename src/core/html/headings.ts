import type { Element } from 'domhandler';
import { browserKnownRoles, firstRoleToken } from '../aria/roles';
import type { HtmlPage } from './parse';
import { pageCacheKey, pageCached } from './pageCache';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A heading's level as axe-core works it out, or undefined when the element
 * is not a heading: `<h1>`–`<h6>` without another role, or role="heading";
 * a valid aria-level wins, and role="heading" alone is level 2.
 */
export function headingLevel(element: Element): number | undefined {
  const role = firstRoleToken(element);
  const isTagHeading = headingTags.has(element.name);
  if (role ? role !== 'heading' && !(isTagHeading && !browserKnownRoles.has(role)) : !isTagHeading) return undefined;
  const tagLevel = isTagHeading ? Number(element.name[1]) : undefined;
  const ariaLevel = element.attribs['aria-level'];
  if (tagLevel !== undefined && ariaLevel === undefined) return tagLevel;
  const parsed = parseInt(ariaLevel ?? '', 10);
  if (isNaN(parsed) || parsed < 1) return tagLevel ?? 2;
  return parsed;
}

export interface Heading {
  readonly element: Element;
  readonly level: number;
}

const headingsKey = pageCacheKey('headings with their levels', (page): readonly Heading[] => {
  // Only the elements that can be headings (h1–h6 and those with a role), put back in document order, rather
  // than every element of the page.
  const candidates = new Set<Element>(page.withAttributes.withRole);
  for (const tag of headingTags) for (const element of page.elementsNamed(tag)) candidates.add(element);
  const inOrder = [...candidates].sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
  const found: Heading[] = [];
  for (const element of inOrder) {
    const level = headingLevel(element);
    if (level !== undefined) found.push({ element, level });
  }
  return found;
});

/** Headings in document order (h1–h6 and role="heading"), with their levels; worked out once per page. */
export function headings(page: HtmlPage): readonly Heading[] {
  return pageCached(page, headingsKey);
}
