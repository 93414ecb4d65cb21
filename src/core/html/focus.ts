import type { Element } from 'domhandler';

const disableable = new Set(['button', 'input', 'select', 'textarea', 'optgroup', 'option', 'fieldset']);

/** Focusable as axe-core sees it from the source: native controls that are not disabled, or a tabindex. */
export function isFocusable(element: Element): boolean {
  if (disableable.has(element.name) && 'disabled' in element.attribs) return false;
  switch (element.name) {
    case 'a':
    case 'area':
      if ('href' in element.attribs) return true;
      break;
    case 'input':
      if (element.attribs['type']?.trim().toLowerCase() !== 'hidden') return true;
      break;
    case 'textarea':
    case 'select':
    case 'summary':
    case 'button':
      return true;
  }
  return tabindex(element) !== undefined;
}

/** The tabindex as an integer, or undefined when absent or not a number. */
export function tabindex(element: Element): number | undefined {
  const value = element.attribs['tabindex']?.trim();
  if (!value || !/^[+-]?\d+$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}
