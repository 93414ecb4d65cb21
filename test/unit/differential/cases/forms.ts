import type { RuleCases } from '../caseTypes';
import type { Random } from '../random';
import { hide, phrase } from './vocabulary';

/** A field with one way of being labelled (or none), every kind a communicator meets. */
function labelledField(random: Random, id: (name: string) => string, field: (attributes: string) => string): { kind: string; html: string } {
  const fieldId = id('field');
  const labelId = id('label');
  const text = phrase(random);
  const ways: Record<string, () => string> = {
    'no label': () => field(''),
    'wrapping label': () => `<label>${text} ${field('')}</label>`,
    'wrapping label, text after': () => `<label>${field('')} ${text}</label>`,
    'wrapping label, no text': () => `<label>${field('')}</label>`,
    'wrapping label, hidden text': () => `<label>${hide(random, text)} ${field('')}</label>`,
    'label for': () => `<label for="${fieldId}">${text}</label> ${field(` id="${fieldId}"`)}`,
    'label for, after field': () => `${field(` id="${fieldId}"`)} <label for="${fieldId}">${text}</label>`,
    'label for, empty': () => `<label for="${fieldId}"></label> ${field(` id="${fieldId}"`)}`,
    'label for, hidden label': () => `<label for="${fieldId}" hidden>${text}</label> ${field(` id="${fieldId}"`)}`,
    'label for, hidden text inside': () => `<label for="${fieldId}">${hide(random, text)}</label> ${field(` id="${fieldId}"`)}`,
    'label for, wrong id': () => `<label for="${id('other')}">${text}</label> ${field(` id="${fieldId}"`)}`,
    'aria-label': () => field(` aria-label="${text}"`),
    'aria-label blank': () => field(' aria-label="  "'),
    'aria-labelledby': () => `<span id="${labelId}">${text}</span> ${field(` aria-labelledby="${labelId}"`)}`,
    'aria-labelledby hidden target': () => `<span id="${labelId}" hidden>${text}</span> ${field(` aria-labelledby="${labelId}"`)}`,
    'aria-labelledby display none target': () => `<span id="${labelId}" style="display:none">${text}</span> ${field(` aria-labelledby="${labelId}"`)}`,
    'aria-labelledby empty target': () => `<span id="${labelId}"></span> ${field(` aria-labelledby="${labelId}"`)}`,
    'aria-labelledby missing target': () => field(` aria-labelledby="${labelId}"`),
    'aria-labelledby own container': () => `<div id="${labelId}">${text} ${field(` aria-labelledby="${labelId}"`)}</div>`,
    title: () => field(` title="${text}"`),
    'title blank': () => field(' title=""'),
    placeholder: () => field(` placeholder="${text}"`),
    'placeholder blank': () => field(' placeholder=" "'),
    'hidden field': () => field(' hidden'),
    'aria-hidden field': () => field(' aria-hidden="true"'),
    'display none field': () => field(' style="display:none"'),
    'in hidden parent': () => `<div hidden>${field('')}</div>`,
    'role none': () => field(' role="none"'),
    'role presentation, disabled': () => field(' role="presentation" disabled'),
  };
  const kind = random.pick(Object.keys(ways));
  return { kind, html: ways[kind]() };
}

const inputTypes = [
  'text',
  'text',
  'email',
  'search',
  'tel',
  'password',
  'number',
  'date',
  'checkbox',
  'radio',
  'file',
  'range',
  'color',
  'hidden',
  'submit',
  'image',
  'button',
  '',
  'TEXT',
];

export const label: RuleCases = {
  axeRule: 'label',
  scope: 'fragment',
  generate(random, id) {
    const element = random.pick(['input', 'input', 'input', 'textarea']);
    const type = random.pick(inputTypes);
    const typeAttribute = type === '' ? '' : ` type="${type}"`;
    const field = (attributes: string): string =>
      element === 'textarea' ? `<textarea name="message"${attributes}></textarea>` : `<input name="f"${typeAttribute}${attributes}>`;
    const made = labelledField(random, id, field);
    return { kind: `${element === 'textarea' ? 'textarea' : `input ${type || 'no type'}`}, ${made.kind}`, html: made.html };
  },
};

export const selectName: RuleCases = {
  axeRule: 'select-name',
  scope: 'fragment',
  generate(random, id) {
    const options = random.pick(['<option>Monday</option><option>Tuesday</option>', '', '<optgroup label="Week"><option>Monday</option></optgroup>']);
    const made = labelledField(random, id, (attributes) => `<select name="day"${attributes}>${options}</select>`);
    return { kind: made.kind, html: made.html };
  },
};

export const formFieldMultipleLabels: RuleCases = {
  axeRule: 'form-field-multiple-labels',
  scope: 'fragment',
  generate(random, id) {
    const fieldId = id('field');
    const field = random.pick([
      `<input type="text" id="${fieldId}">`,
      `<textarea id="${fieldId}"></textarea>`,
      `<select id="${fieldId}"><option>A</option></select>`,
    ]);
    const text = phrase(random);
    const ways: Record<string, () => string> = {
      'one label for': () => `<label for="${fieldId}">${text}</label>${field}`,
      'two labels for': () => `<label for="${fieldId}">${text}</label><label for="${fieldId}">Required</label>${field}`,
      'wrapping and for': () => `<label for="${fieldId}">${text}</label><label>Also ${field}</label>`,
      'wrapping only': () => `<label>${text} ${field}</label>`,
      'two labels, one hidden': () => `<label for="${fieldId}">${text}</label><label for="${fieldId}" hidden>Required</label>${field}`,
      'no label': () => field,
    };
    const kind = random.pick(Object.keys(ways));
    return { kind, html: ways[kind]() };
  },
};
