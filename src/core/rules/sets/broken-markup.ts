import type { Rule } from '../rule';
import { attributeQuotes } from '../attribute-quotes';
import { duplicateAttribute } from '../duplicate-attribute';
import { strayEndTag } from '../stray-end-tag';
import { unclosedElement } from '../unclosed-element';
import { unescapedLessThan } from '../unescaped-less-than';

/** Markup broken by accident: a quote ending an attribute early, tags left open or closed twice, stray characters. */
export const brokenMarkupRules: readonly Rule[] = [attributeQuotes, duplicateAttribute, unclosedElement, strayEndTag, unescapedLessThan];
