import { aria } from 'aria-query';
import type { Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';

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

export function attributeIndex(page: HtmlPage): AttributeIndex {
  // Noted while the page was parsed, attribute by attribute.
  return page.withAttributes;
}
