import type { RuleCases } from '../caseTypes';
import type { Random } from '../random';
import { hide, phrase } from './vocabulary';

/** A child of a list: items, and the things communicators put between them. */
function listChild(random: Random): { html: string; kind: string } {
  return random.pick([
    { html: `<li>${phrase(random)}</li>`, kind: 'li' },
    { html: `<li>${phrase(random)}</li>`, kind: 'li' },
    { html: `<li role="presentation">${phrase(random)}</li>`, kind: 'li presentation' },
    { html: `<li role="listitem">${phrase(random)}</li>`, kind: 'li listitem' },
    { html: `<li role="menuitem">${phrase(random)}</li>`, kind: 'li menuitem' },
    { html: '<script>var a = 1;</script>', kind: 'script' },
    { html: '<template><li>x</li></template>', kind: 'template' },
    { html: `<div>${phrase(random)}</div>`, kind: 'div' },
    { html: `<div role="listitem">${phrase(random)}</div>`, kind: 'div listitem' },
    { html: `<p>${phrase(random)}</p>`, kind: 'p' },
    { html: `<span hidden>${phrase(random)}</span>`, kind: 'hidden span' },
    { html: `<div aria-hidden="true">${phrase(random)}</div>`, kind: 'aria-hidden div' },
    { html: `<div role="none"><li>${phrase(random)}</li></div>`, kind: 'li in role none div' },
    { html: `${phrase(random)}`, kind: 'bare text' },
    { html: '<!-- note -->', kind: 'comment' },
    { html: '  ', kind: 'spaces' },
  ]);
}

function listRole(random: Random): { a: string; k: string } {
  return random.pick([
    { a: '', k: '' },
    { a: '', k: '' },
    { a: '', k: '' },
    { a: ' role="list"', k: ' role list' },
    { a: ' role="none"', k: ' role none' },
    { a: ' role="presentation"', k: ' role presentation' },
    { a: ' role="navigation"', k: ' role navigation' },
    { a: ' role="menu"', k: ' role menu' },
    { a: ' role="tablist"', k: ' role tablist' },
  ]);
}

function list(random: Random): { html: string; kind: string } {
  const name = random.pick(['ul', 'ol', 'ul', 'menu']);
  const role = listRole(random);
  const children = Array.from({ length: random.int(1, 3) }, () => listChild(random));
  return {
    kind: `${name}${role.k}: ${children.map((child) => child.kind).join(', ')}`,
    html: `<${name}${role.a}>${children.map((child) => child.html).join('')}</${name}>`,
  };
}

export const listRule: RuleCases = {
  axeRule: 'list',
  scope: 'fragment',
  axeReportsOn: ['ul', 'ol', 'menu'],
  generate: (random) => list(random),
};

export const listitem: RuleCases = {
  axeRule: 'listitem',
  scope: 'fragment',
  generate(random) {
    if (random.chance(0.6)) return list(random);
    const parent = random.pick(['div', 'section', 'nav', 'p', 'div role="list"', 'div role="none"', 'dl', 'td']);
    const name = parent.split(' ')[0];
    const item = random.pick([`<li>${phrase(random)}</li>`, `<li role="listitem">${phrase(random)}</li>`, `<li role="none">${phrase(random)}</li>`]);
    const html = name === 'td' ? `<table><tr><td>${item}</td></tr></table>` : `<${parent}>${item}</${name}>`;
    return { kind: `li in ${parent}`, html };
  },
};

function dlChild(random: Random): { html: string; kind: string } {
  return random.pick([
    { html: `<dt>${phrase(random)}</dt><dd>${phrase(random)}</dd>`, kind: 'dt dd' },
    { html: `<dt>${phrase(random)}</dt><dd>${phrase(random)}</dd>`, kind: 'dt dd' },
    { html: `<div><dt>${phrase(random)}</dt><dd>${phrase(random)}</dd></div>`, kind: 'div group' },
    { html: `<div role="none"><dt>${phrase(random)}</dt><dd>Yes</dd></div>`, kind: 'div none group' },
    { html: `<div role="presentation"><dt>${phrase(random)}</dt><dd>Yes</dd></div>`, kind: 'div presentation group' },
    { html: `<div role="list"><dt>${phrase(random)}</dt><dd>Yes</dd></div>`, kind: 'div list group' },
    { html: `<dd>${phrase(random)}</dd>`, kind: 'dd only' },
    { html: `<p>${phrase(random)}</p>`, kind: 'p' },
    { html: '<script>var a = 1;</script>', kind: 'script' },
    { html: '<template><dt>x</dt></template>', kind: 'template' },
    { html: `<dt role="listitem">${phrase(random)}</dt>`, kind: 'dt listitem' },
    { html: `<span hidden>${phrase(random)}</span>`, kind: 'hidden span' },
    { html: 'Loose text', kind: 'bare text' },
  ]);
}

function definitionList(random: Random): { html: string; kind: string } {
  const role = random.pick([
    { a: '', k: '' },
    { a: '', k: '' },
    { a: '', k: '' },
    { a: ' role="list"', k: ' role list' },
    { a: ' role="none"', k: ' role none' },
    { a: ' role="presentation"', k: ' role presentation' },
    { a: ' role="group"', k: ' role group' },
  ]);
  const children = Array.from({ length: random.int(1, 3) }, () => dlChild(random));
  return { kind: `dl${role.k}: ${children.map((child) => child.kind).join(', ')}`, html: `<dl${role.a}>${children.map((child) => child.html).join('')}</dl>` };
}

export const definitionListRule: RuleCases = {
  axeRule: 'definition-list',
  scope: 'fragment',
  axeReportsOn: ['dl'],
  generate: (random) => definitionList(random),
};

export const dlitem: RuleCases = {
  axeRule: 'dlitem',
  scope: 'fragment',
  generate(random) {
    if (random.chance(0.6)) return definitionList(random);
    const parent = random.pick(['div', 'section', 'ul', 'div role="list"', 'div role="none"', 'p']);
    const name = parent.split(' ')[0];
    const item = random.pick([`<dt>${phrase(random)}</dt>`, `<dd>${phrase(random)}</dd>`, `<dt role="term">${phrase(random)}</dt>`]);
    return { kind: `item in ${parent}`, html: `<${parent}>${item}</${name}>` };
  },
};

/** A table with header cells given ids, and data cells pointing at them (or at something else). */
function tableWithHeaders(random: Random, id: (name: string) => string): { html: string; kind: string } {
  const ids = [id('h1'), id('h2'), id('h3')];
  const kinds: string[] = [];
  const headerCell = (index: number): string => {
    const form = random.pick(['th', 'th', 'td', 'th role="columnheader"']);
    if (form !== 'th') kinds.push(`header ${index} as ${form}`);
    const name = form.split(' ')[0];
    return `<${form} id="${ids[index]}">Column ${index}</${name}>`;
  };
  const reference = (): string => {
    const choice = random.pick(['header', 'header', 'two headers', 'missing', 'data cell', 'self', 'empty', 'spaces', 'outside']);
    kinds.push(choice);
    switch (choice) {
      case 'header':
        return ` headers="${random.pick(ids)}"`;
      case 'two headers':
        return ` headers="${ids[0]} ${ids[1]}"`;
      case 'missing':
        return ` headers="${id('typo')}"`;
      case 'data cell':
        return ` headers="${id('cell')}"`;
      case 'self':
        return ` id="${id('self')}" headers="${id('self')}"`;
      case 'empty':
        return ' headers=""';
      case 'spaces':
        return ' headers="  "';
      default:
        return ` headers="${id('outside')}"`;
    }
  };
  const hiddenRow = random.chance(0.15);
  if (hiddenRow) kinds.push('hidden row');
  const html =
    `<span id="${id('outside')}">Outside</span><table><thead><tr>${headerCell(0)}${headerCell(1)}${headerCell(2)}</tr></thead><tbody>` +
    `<tr><td id="${id('cell')}">1</td><td${reference()}>2</td><td>3</td></tr>` +
    `<tr${hiddenRow ? ' hidden' : ''}><td${reference()}>4</td><td>5</td><td${reference()}>6</td></tr></tbody></table>`;
  return { html, kind: kinds.join(', ') };
}

export const tdHeadersAttr: RuleCases = {
  axeRule: 'td-headers-attr',
  scope: 'fragment',
  axeReportsOn: ['table'],
  generate: (random, id) => tableWithHeaders(random, id),
};

export const thHasDataCells: RuleCases = {
  axeRule: 'th-has-data-cells',
  scope: 'fragment',
  axeReportsOn: ['table'],
  generate(random) {
    const header = (): string => random.pick(['<th>Day</th>', '<th scope="col">Day</th>', '<th scope="row">Day</th>', '<td>Day</td>', '<th></th>']);
    const data = (): string => random.pick(['<td>9 to 5</td>', '<td></td>', '<th>Monday</th>', '<td>&nbsp;</td>']);
    const rows: string[] = [`<tr>${header()}${header()}</tr>`];
    for (let i = random.int(0, 2); i > 0; i--) rows.push(random.chance(0.3) ? `<tr>${header()}${data()}</tr>` : `<tr>${data()}${data()}</tr>`);
    const role = random.pick(['', '', '', ' role="presentation"', ' role="grid"']);
    return { kind: `${rows.length} rows${role}`, html: `<table${role}>${rows.join('')}</table>` };
  },
};

export const scopeAttrValid: RuleCases = {
  axeRule: 'scope-attr-valid',
  scope: 'fragment',
  generate(random) {
    const value = random.pick(['col', 'row', 'colgroup', 'rowgroup', 'COL', ' row ', 'column', 'left', '', 'auto']);
    const cell = random.pick(['th', 'th', 'td']);
    return {
      kind: `scope "${value}" on ${cell}`,
      html: `<table><tr><${cell} scope="${value}">Day</${cell}><td>Monday</td></tr><tr><td>1</td><td>2</td></tr></table>`,
    };
  },
};

export const emptyHeading: RuleCases = {
  axeRule: 'empty-heading',
  scope: 'fragment',
  generate(random, id) {
    const heading = random.pick(['h1', 'h2', 'h3', 'h6', 'div role="heading" aria-level="2"', 'p role="heading"']);
    const name = heading.split(' ')[0];
    const labelId = id('label');
    const contents: Record<string, () => string> = {
      text: () => phrase(random),
      empty: () => '',
      spaces: () => '  ',
      nbsp: () => '&nbsp;',
      'hidden text': () => hide(random, phrase(random)),
      'image with alt': () => `<img src="logo.png" alt="${phrase(random)}">`,
      'image empty alt': () => '<img src="logo.png" alt="">',
      'image no alt': () => '<img src="logo.png">',
      'link with text': () => `<a href="/x">${phrase(random)}</a>`,
      'empty span': () => '<span></span>',
      'aria-label on span': () => `<span aria-label="${phrase(random)}"></span>`,
      'svg with title': () => `<svg role="img"><title>${phrase(random)}</title></svg>`,
    };
    const attributes: Record<string, () => { a: string; before: string }> = {
      none: () => ({ a: '', before: '' }),
      'aria-label': () => ({ a: ` aria-label="${phrase(random)}"`, before: '' }),
      'aria-labelledby': () => ({ a: ` aria-labelledby="${labelId}"`, before: `<span id="${labelId}">${phrase(random)}</span>` }),
      'aria-labelledby missing': () => ({ a: ` aria-labelledby="${labelId}"`, before: '' }),
      title: () => ({ a: ` title="${phrase(random)}"`, before: '' }),
      'aria-hidden': () => ({ a: ' aria-hidden="true"', before: '' }),
      hidden: () => ({ a: ' hidden', before: '' }),
      'role presentation': () => ({ a: ' role="presentation"', before: '' }),
    };
    const content = random.pick(Object.keys(contents));
    const attribute = random.pick(Object.keys(attributes));
    const made = attributes[attribute]();
    const role = name === 'div' || name === 'p' ? heading.slice(name.length) : '';
    const attributesHtml = attribute === 'role presentation' && role ? '' : made.a;
    return { kind: `${heading}, ${content}, ${attribute}`, html: `${made.before}<${name}${role}${attributesHtml}>${contents[content]()}</${name}>` };
  },
};

export const validLang: RuleCases = {
  axeRule: 'valid-lang',
  scope: 'fragment',
  generate(random) {
    const value = random.pick([
      'en',
      'fr',
      'en-GB',
      'cy',
      'de-CH',
      'zh-Hant',
      'pt-BR',
      'x',
      'xx',
      'english',
      'French',
      'en_GB',
      'fr-',
      ' ',
      '',
      'EN',
      'i-klingon',
      'x-pirate',
      'zz',
      'tlh',
      'qaa',
      'en-US-x-twain',
      '123',
      'fr ca',
    ]);
    const attribute = random.pick(['lang', 'lang', 'lang', 'xml:lang']);
    const element = random.pick(['p', 'span', 'blockquote', 'div', 'a href="/fr"']);
    const name = element.split(' ')[0];
    const content = random.pick([
      { html: phrase(random), k: 'text' },
      { html: '', k: 'empty' },
      { html: `<img src="flag.png" alt="${phrase(random)}">`, k: 'image with alt' },
      { html: '<img src="flag.png" alt="">', k: 'image empty alt' },
      { html: `<span lang="en">${phrase(random)}</span>`, k: 'child with own lang' },
      { html: `<span hidden>${phrase(random)}</span>`, k: 'hidden text' },
    ]);
    const hidden = random.chance(0.1) ? ' hidden' : '';
    return {
      kind: `${attribute}="${value}" on ${name}, ${content.k}${hidden ? ', hidden' : ''}`,
      html: `<${element} ${attribute}="${value}"${hidden}>${content.html}</${name}>`,
    };
  },
};

export const blink: RuleCases = {
  axeRule: 'blink',
  scope: 'fragment',
  generate(random) {
    const element = random.pick(['blink', 'blink', 'span', 'BLINK']);
    const attribute = random.pick(['', ' hidden', ' aria-hidden="true"', ' style="display:none"']);
    return { kind: `${element}${attribute}`, html: `<p><${element}${attribute}>${phrase(random)}</${element}></p>` };
  },
};

export const marquee: RuleCases = {
  axeRule: 'marquee',
  scope: 'fragment',
  generate(random) {
    const element = random.pick(['marquee', 'marquee', 'div', 'MARQUEE']);
    const attribute = random.pick(['', ' hidden', ' behavior="alternate"', ' aria-hidden="true"']);
    return { kind: `${element}${attribute}`, html: `<${element}${attribute}>${phrase(random)}</${element}>` };
  },
};
