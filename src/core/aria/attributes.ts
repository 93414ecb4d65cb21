import type { Element } from 'domhandler';
import type { HtmlPage } from '../html/parse';
import { attributeFacts } from './ariaQueryTables';

/** ARIA attributes axe-core knows that aria-query 5.3 does not yet (ARIA 1.3 draft). */
const axeExtraAttributes = ['aria-actions'];

const attributeDefinitions = new Map(Object.entries(attributeFacts));

/** What aria-query says about an ARIA attribute: its value type and allowed values (undefined for an unknown name). */
export function attributeDefinition(name: string) {
  return attributeDefinitions.get(name);
}

/** Every ARIA attribute name. */
export const ariaAttributeNames: readonly string[] = [...attributeDefinitions.keys(), ...axeExtraAttributes];
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
