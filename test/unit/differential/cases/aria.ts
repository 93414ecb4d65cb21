import type { RuleCases } from '../caseTypes';

const elements = ['div', 'span', 'p', 'section', 'ul', 'a href="/x"', 'button', 'img src="a.png" alt=""', 'input', 'li', 'table', 'h2', 'nav', 'svg'];

function open(element: string, attributes: string): { start: string; end: string } {
  const name = element.split(' ')[0];
  const rest = element.slice(name.length);
  const empty = name === 'img' || name === 'input';
  return { start: `<${name}${rest}${attributes}>`, end: empty ? '' : `Text</${name}>` };
}

export const ariaRoles: RuleCases = {
  axeRule: 'aria-roles',
  scope: 'fragment',
  generate(random) {
    const role = random.pick([
      'button',
      'navigation',
      'img',
      'presentation',
      'none',
      'list',
      'listitem',
      'tab',
      'dialog',
      'alert',
      'heading',
      'region',
      'search',
      'Button',
      ' button ',
      'buton',
      'navigaton',
      'image',
      'widget',
      'command',
      'landmark',
      'structure',
      'roletype',
      'range',
      'input',
      'select',
      'section',
      'window',
      'composite',
      'button link',
      'foo button',
      'foo bar',
      '',
      ' ',
      'text',
      'directory',
      'doc-chapter',
      'graphics-document',
      'switch',
      'mark',
      'comment',
      'suggestion',
      'none presentation',
    ]);
    const element = random.pick(elements);
    const tag = open(element, ` role="${role}"`);
    return { kind: `role "${role}" on ${element.split(' ')[0]}`, html: tag.start + tag.end };
  },
};

const attributeNames = [
  'aria-label',
  'aria-hidden',
  'aria-expanded',
  'aria-describedby',
  'aria-live',
  'aria-current',
  'aria-pressed',
  'aria-checked',
  'aria-level',
  'aria-busy',
  'aria-controls',
  'aria-haspopup',
  'aria-invalid',
  'aria-required',
  'aria-valuenow',
  'aria-sort',
  'aria-posinset',
  'aria-setsize',
  'aria-errormessage',
  'aria-description',
  'aria-braillelabel',
  'aria-roledescription',
  'aria-keyshortcuts',
  'aria-relevant',
  'aria-autocomplete',
  'aria-orientation',
  'aria-colcount',
  'aria-rowindex',
  'aria-dropeffect',
  'aria-grabbed',
  'aria-flowto',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-modal',
  'aria-multiline',
  'aria-placeholder',
  'aria-labeledby',
  'aria-lable',
  'aria-role',
  'aria-hiden',
  'aria-expaned',
  'aria-',
  'aria-foo',
  'ARIA-LABEL',
  'aria-Label',
  'aria-describedBy',
];

export const ariaValidAttr: RuleCases = {
  axeRule: 'aria-valid-attr',
  scope: 'fragment',
  generate(random) {
    const count = random.int(1, 2);
    const names: string[] = [];
    for (let i = 0; i < count; i++) names.push(random.pick(attributeNames));
    const unique = [...new Set(names.map((name) => name.toLowerCase()))];
    const element = random.pick(elements);
    const tag = open(element, unique.map((name) => ` ${name}="true"`).join(''));
    return { kind: `${unique.join(' + ')} on ${element.split(' ')[0]}`, html: tag.start + tag.end };
  },
};

/** Values per attribute: each list mixes valid and invalid values of that attribute's type. */
const attributeValues: Readonly<Record<string, readonly string[]>> = {
  'aria-hidden': ['true', 'false', 'TRUE', 'yes', '1', 'undefined', ' true '],
  'aria-expanded': ['true', 'false', 'undefined', 'open', 'True'],
  'aria-pressed': ['true', 'false', 'mixed', 'undefined', 'on', 'MIXED'],
  'aria-checked': ['true', 'false', 'mixed', 'checked', 'undefined'],
  'aria-current': ['page', 'step', 'location', 'date', 'time', 'true', 'false', 'yes', 'Page', 'current'],
  'aria-live': ['polite', 'assertive', 'off', 'rude', 'Polite', 'on'],
  'aria-level': ['1', '2', '6', '10', '0', '-1', 'two', '1.5', '02', ' 3'],
  'aria-valuenow': ['5', '0', '-3', '2.5', '1e2', 'five', '5%', '.5'],
  'aria-posinset': ['1', '3', '0', 'first', '1.0'],
  'aria-setsize': ['4', '-1', '0', 'many'],
  'aria-colcount': ['3', '-1', '0', 'three'],
  'aria-invalid': ['true', 'false', 'grammar', 'spelling', 'yes', 'error', 'TRUE'],
  'aria-sort': ['ascending', 'descending', 'none', 'other', 'up', 'asc'],
  'aria-haspopup': ['true', 'false', 'menu', 'listbox', 'tree', 'grid', 'dialog', 'popup', 'yes'],
  'aria-autocomplete': ['inline', 'list', 'both', 'none', 'auto'],
  'aria-orientation': ['horizontal', 'vertical', 'undefined', 'sideways'],
  'aria-relevant': ['additions', 'additions text', 'all', 'removals', 'text additions', 'everything', 'additions all'],
  'aria-dropeffect': ['copy', 'move link', 'none', 'drag'],
  'aria-busy': ['true', 'false', 'maybe'],
  'aria-required': ['true', 'false', 'required'],
  'aria-modal': ['true', 'false', 'modal'],
  'aria-multiline': ['true', 'false', '2'],
  'aria-label': ['Close', ' ', 'x'],
  'aria-roledescription': ['slide', 'carousel'],
};

export const ariaValidAttrValue: RuleCases = {
  axeRule: 'aria-valid-attr-value',
  scope: 'fragment',
  generate(random, id) {
    const reference = random.chance(0.3);
    if (reference) {
      const name = random.pick([
        'aria-labelledby',
        'aria-describedby',
        'aria-controls',
        'aria-owns',
        'aria-activedescendant',
        'aria-errormessage',
        'aria-flowto',
        'aria-details',
      ]);
      const target = id('target');
      const present = random.pick([
        { ref: target, before: `<span id="${target}">Help</span>`, kind: 'existing id' },
        { ref: target, before: '', kind: 'missing id' },
        { ref: `${target} ${id('gone')}`, before: `<span id="${target}">Help</span>`, kind: 'one of two missing' },
        { ref: ` ${target} `, before: `<span id="${target}">Help</span>`, kind: 'spaces around id' },
      ]);
      const expanded = name === 'aria-controls' && random.chance(0.5) ? ' aria-expanded="false"' : '';
      const invalid = name === 'aria-errormessage' && random.chance(0.5) ? ' aria-invalid="true"' : '';
      const element = random.pick(['div', 'input', 'button', 'span role="combobox" aria-expanded="true"']);
      const tag = open(element, ` ${name}="${present.ref}"${expanded}${invalid}`);
      return {
        kind: `${name}, ${present.kind}${expanded ? ', with aria-expanded' : ''}${invalid ? ', with aria-invalid' : ''} on ${element.split(' ')[0]}`,
        html: present.before + tag.start + tag.end,
      };
    }
    const name = random.pick(Object.keys(attributeValues));
    const value = random.pick(attributeValues[name]);
    const element = random.pick([
      'div',
      'span',
      'button',
      'input',
      'li role="option"',
      'div role="slider" aria-valuemin="0" aria-valuemax="10"',
      'div role="heading"',
      'p',
    ]);
    const hidden = random.pick(['', '', '', '', '', '', ' hidden', ' aria-hidden="true"']);
    const tag = open(element, ` ${name}="${value}"${hidden}`);
    return { kind: `${name}="${value}" on ${element.split(' ')[0]}${hidden ? `, ${hidden.trim()}` : ''}`, html: tag.start + tag.end };
  },
};

/** Roles with required states, given some, all or none of them, on elements that may supply them natively. */
const requiredStates: Readonly<Record<string, readonly string[]>> = {
  checkbox: ['aria-checked'],
  radio: ['aria-checked'],
  switch: ['aria-checked'],
  menuitemcheckbox: ['aria-checked'],
  slider: ['aria-valuenow'],
  spinbutton: [],
  scrollbar: ['aria-valuenow', 'aria-controls'],
  combobox: ['aria-expanded', 'aria-controls'],
  heading: ['aria-level'],
  option: [],
  separator: [],
  button: [],
  meter: ['aria-valuenow'],
};

export const ariaRequiredAttr: RuleCases = {
  axeRule: 'aria-required-attr',
  scope: 'fragment',
  generate(random, id) {
    const role = random.pick(Object.keys(requiredStates));
    const element = random.pick(['div', 'span', 'input type="checkbox"', 'input type="range"', 'button', 'h2', 'select', 'hr', 'div tabindex="0"']);
    const values: Record<string, string> = {
      'aria-checked': 'false',
      'aria-valuenow': '3',
      'aria-controls': id('popup'),
      'aria-expanded': 'false',
      'aria-level': '2',
    };
    const given = requiredStates[role].filter(() => random.chance(0.5));
    const attributes = given.map((name) => ` ${name}="${values[name]}"`).join('');
    const popup = given.includes('aria-controls') ? `<div id="${id('popup')}"></div>` : '';
    const name = element.split(' ')[0];
    const empty = name === 'input' || name === 'hr';
    const rest = element.slice(name.length);
    const html = `<${name}${rest} role="${role}"${attributes}>${empty ? '' : `Choice</${name}>`}${popup}`;
    return { kind: `role ${role} on ${element}, with ${given.length ? given.join(' + ') : 'nothing'}`, html };
  },
};

export const tabindex: RuleCases = {
  axeRule: 'tabindex',
  scope: 'fragment',
  generate(random) {
    const value = random.pick(['0', '-1', '1', '5', '32767', ' 2', '+1', 'x', '', '1.5', '-5', '00']);
    const element = random.pick(['div', 'a href="/x"', 'button', 'span', 'input']);
    const tag = open(element, ` tabindex="${value}"`);
    return { kind: `tabindex "${value}" on ${element.split(' ')[0]}`, html: tag.start + tag.end };
  },
};

export const duplicateIdAria: RuleCases = {
  axeRule: 'duplicate-id-aria',
  scope: 'fragment',
  generate(random, id) {
    const shared = id('shared');
    const other = id('other');
    const use = random.pick([
      { a: `aria-labelledby="${shared}"`, k: 'aria-labelledby' },
      { a: `aria-describedby="${shared}"`, k: 'aria-describedby' },
      { a: `aria-controls="${shared}" aria-expanded="false"`, k: 'aria-controls' },
      { a: `aria-labelledby="${other}"`, k: 'references another id' },
      { a: '', k: 'no reference' },
    ]);
    const twice = random.pick([
      { html: `<span id="${shared}">One</span><span id="${shared}">Two</span>`, k: 'duplicated' },
      { html: `<span id="${shared}">One</span><span id="${other}">Two</span>`, k: 'unique' },
      { html: `<span id="${shared}">One</span><span id="${shared}" hidden>Two</span>`, k: 'duplicated, one hidden' },
      { html: `<label for="${shared}">One</label><input id="${shared}"><input id="${shared}">`, k: 'duplicated, label for' },
    ]);
    return { kind: `${twice.k}, ${use.k}`, html: `${twice.html}<button type="button" ${use.a}>Go</button>` };
  },
};
