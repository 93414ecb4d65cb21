import { aria } from 'aria-query';
import type { Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import { pageCacheKey, pageCached } from '../html/pageCache';

/** ARIA attributes axe-core knows that aria-query 5.3 does not yet (ARIA 1.3 draft). */
const axeExtraAttributes = ['aria-actions'];

// aria-query's maps look keys up by linear search: copy them into a real Map once.
const attributeDefinitions = new Map([...aria.entries()]);

export function attributeDefinition(name: string) {
  return attributeDefinitions.get(name as never);
}

/** Every ARIA attribute name. */
export const ariaAttributeNames: readonly string[] = [...aria.keys(), ...axeExtraAttributes];
const ariaAttributeSet = new Set(ariaAttributeNames);

export function isKnownAriaAttribute(name: string): boolean {
  return ariaAttributeSet.has(name);
}

/** Elements carrying the attributes the ARIA checks read, found in one pass per page and shared by the checks. */
export interface AttributeIndex {
  readonly withRole: readonly Element[];
  readonly withAria: readonly Element[];
  readonly withTabindex: readonly Element[];
}

const attributeIndexKey = pageCacheKey('elements with role, aria-* and tabindex attributes', (page): AttributeIndex => {
  const withRole: Element[] = [];
  const withAria: Element[] = [];
  const withTabindex: Element[] = [];
  for (const element of page.elements) {
    const attribs = element.attribs;
    for (const name in attribs) {
      if (name === 'role') withRole.push(element);
      else if (name === 'tabindex') withTabindex.push(element);
      else if (name.startsWith('aria-') && withAria[withAria.length - 1] !== element) withAria.push(element);
    }
  }
  return { withRole, withAria, withTabindex };
});

export function attributeIndex(page: HtmlPage): AttributeIndex {
  return pageCached(page, attributeIndexKey);
}
