import { variant, type RuleCases } from '../caseTypes';
import type { Random } from '../random';
import { namedContent, phrase, silentContent } from './vocabulary';

/**
 * Ways to give (or fail to give) an element a name through attributes. `id` makes ids unique to the case; the
 * labelling element is written before the element and returned in `before`.
 */
function nameAttributes(random: Random, id: (name: string) => string): { attributes: string; before: string; kind: string } {
  const target = id('name');
  const options: Record<string, () => { attributes: string; before: string }> = {
    none: () => ({ attributes: '', before: '' }),
    'aria-label': () => ({ attributes: ` aria-label="${phrase(random)}"`, before: '' }),
    'aria-label blank': () => ({ attributes: ' aria-label=" "', before: '' }),
    'aria-labelledby': () => ({ attributes: ` aria-labelledby="${target}"`, before: `<span id="${target}">${phrase(random)}</span>` }),
    'aria-labelledby hidden target': () => ({ attributes: ` aria-labelledby="${target}"`, before: `<span id="${target}" hidden>${phrase(random)}</span>` }),
    'aria-labelledby empty target': () => ({ attributes: ` aria-labelledby="${target}"`, before: `<span id="${target}"></span>` }),
    'aria-labelledby missing target': () => ({ attributes: ` aria-labelledby="${target}"`, before: '' }),
    'aria-labelledby one of two missing': () => ({
      attributes: ` aria-labelledby="${id('gone')} ${target}"`,
      before: `<span id="${target}">${phrase(random)}</span>`,
    }),
    title: () => ({ attributes: ` title="${phrase(random)}"`, before: '' }),
    'title blank': () => ({ attributes: ' title=""', before: '' }),
  };
  const kind = random.pick(Object.keys(options));
  return { kind, ...options[kind]() };
}

/** Roles and states that change whether an element is checked at all. */
function exposure(random: Random): { attributes: string; kind: string } {
  return random.pick([
    { attributes: '', kind: '' },
    { attributes: '', kind: '' },
    { attributes: '', kind: '' },
    { attributes: ' role="presentation"', kind: ' role presentation' },
    { attributes: ' role="none"', kind: ' role none' },
    { attributes: ' role="none" tabindex="0"', kind: ' role none focusable' },
    { attributes: ' role="presentation" aria-describedby="x"', kind: ' role presentation with global aria' },
    { attributes: ' aria-hidden="true"', kind: ' aria-hidden' },
    { attributes: ' hidden', kind: ' hidden' },
    { attributes: ' style="display: none"', kind: ' display none' },
  ]);
}

export const imageAlt: RuleCases = {
  axeRule: 'image-alt',
  scope: 'fragment',
  generate(random, id) {
    const alt = random.pick([
      { text: '', kind: 'no alt' },
      { text: ' alt=""', kind: 'empty alt' },
      { text: ' alt=" "', kind: 'spaces alt' },
      { text: ` alt="${phrase(random)}"`, kind: 'alt' },
      { text: ' alt', kind: 'bare alt' },
    ]);
    const name = nameAttributes(random, id);
    const shown = exposure(random);
    const html = `${name.before}<img src="photo.jpg"${alt.text}${name.attributes}${shown.attributes}>`;
    const inHidden = random.chance(0.08);
    return { kind: `${alt.kind}, ${name.kind}${shown.kind}${inHidden ? ', in hidden parent' : ''}`, html: inHidden ? `<div hidden>${html}</div>` : html };
  },
};

export const inputImageAlt: RuleCases = {
  axeRule: 'input-image-alt',
  scope: 'fragment',
  generate(random, id) {
    const alt = random.pick([
      { text: '', kind: 'no alt' },
      { text: ' alt=""', kind: 'empty alt' },
      { text: ' alt=" "', kind: 'spaces alt' },
      { text: ` alt="${phrase(random)}"`, kind: 'alt' },
      { text: ` value="${phrase(random)}"`, kind: 'value only' },
    ]);
    const name = nameAttributes(random, id);
    const shown = random.pick([
      { a: '', k: '' },
      { a: ' aria-hidden="true"', k: ', aria-hidden' },
      { a: ' hidden', k: ', hidden' },
      { a: ' role="presentation"', k: ', role presentation' },
    ]);
    return { kind: `${alt.kind}, ${name.kind}${shown.k}`, html: `${name.before}<input type="image" src="go.png"${alt.text}${name.attributes}${shown.a}>` };
  },
};

export const areaAlt: RuleCases = {
  axeRule: 'area-alt',
  scope: 'fragment',
  generate(random, id) {
    const map = id('map');
    const areas: string[] = [];
    const kinds: string[] = [];
    for (let i = random.int(1, 3); i > 0; i--) {
      const alt = random.pick([
        { text: '', kind: 'no alt' },
        { text: ' alt=""', kind: 'empty alt' },
        { text: ` alt="${phrase(random)}"`, kind: 'alt' },
        { text: ` aria-label="${phrase(random)}"`, kind: 'aria-label' },
        { text: ` title="${phrase(random)}"`, kind: 'title' },
      ]);
      const href = random.chance(0.8) ? ' href="/visit"' : '';
      areas.push(`<area shape="rect" coords="0,0,10,10"${href}${alt.text}>`);
      kinds.push(`${alt.kind}${href ? '' : ' no href'}`);
    }
    return { kind: kinds.join(' + '), html: `<img src="plan.png" alt="Floor plan" usemap="#${map}"><map name="${map}">${areas.join('')}</map>` };
  },
};

export const objectAlt: RuleCases = {
  axeRule: 'object-alt',
  scope: 'fragment',
  generate(random, id) {
    const name = nameAttributes(random, id);
    const content = random.pick([
      { html: '', kind: 'no content' },
      { html: phrase(random), kind: 'text content' },
      { html: '<p> </p>', kind: 'blank content' },
    ]);
    const role = random.pick([
      { a: '', k: '' },
      { a: ' role="presentation"', k: ', role presentation' },
      { a: ' role="img"', k: ', role img' },
    ]);
    return {
      kind: `${content.kind}, ${name.kind}${role.k}`,
      html: `${name.before}<object data="chart.svg" type="image/svg+xml"${name.attributes}${role.a}>${content.html}</object>`,
    };
  },
};

export const roleImgAlt: RuleCases = {
  axeRule: 'role-img-alt',
  scope: 'fragment',
  generate(random, id) {
    const name = nameAttributes(random, id);
    const element = random.pick(['div', 'span', 'i', 'p']);
    const content = random.chance(0.3) ? phrase(random) : '';
    const shown = random.pick([
      { a: '', k: '' },
      { a: '', k: '' },
      { a: ' aria-hidden="true"', k: ', aria-hidden' },
      { a: ' hidden', k: ', hidden' },
    ]);
    return {
      kind: `${element}, ${name.kind}${content ? ', with text' : ''}${shown.k}`,
      html: `${name.before}<${element} role="img"${name.attributes}${shown.a}>${content}</${element}>`,
    };
  },
};

export const svgImgAlt: RuleCases = {
  axeRule: 'svg-img-alt',
  scope: 'fragment',
  generate(random, id) {
    const name = nameAttributes(random, id);
    const title = random.pick([
      { html: '', kind: 'no title' },
      { html: `<title>${phrase(random)}</title>`, kind: 'title' },
      { html: '<title></title>', kind: 'empty title' },
      { html: `<g><title>${phrase(random)}</title></g>`, kind: 'nested title' },
    ]);
    const role = random.pick(['img', 'img', 'graphics-document', 'graphics-symbol']);
    return {
      kind: `${role}, ${title.kind}, ${name.kind}`,
      html: `${name.before}<svg role="${role}" width="10" height="10"${name.attributes}>${title.html}<circle cx="5" cy="5" r="4"></circle></svg>`,
    };
  },
};

export const buttonName: RuleCases = {
  axeRule: 'button-name',
  scope: 'fragment',
  generate(random, id) {
    const name = nameAttributes(random, id);
    const named = random.chance(0.4);
    const content = named ? namedContent(random) : silentContent(random);
    const shown = exposure(random);
    const value = random.chance(0.1) ? ` value="${phrase(random)}"` : '';
    return {
      kind: `${named ? 'named content' : 'silent content'}, ${name.kind}${shown.kind}${value ? ', value' : ''}`,
      html: `${name.before}<button type="button"${name.attributes}${shown.attributes}${value}>${content}</button>`,
    };
  },
};

export const inputButtonName: RuleCases = {
  axeRule: 'input-button-name',
  scope: 'fragment',
  generate(random, id) {
    const type = random.pick(['button', 'submit', 'reset']);
    const value = random.pick([
      { t: '', k: 'no value' },
      { t: ' value=""', k: 'empty value' },
      { t: ' value=" "', k: 'spaces value' },
      { t: ` value="${phrase(random)}"`, k: 'value' },
    ]);
    const name = nameAttributes(random, id);
    const shown = random.pick([
      { a: '', k: '' },
      { a: '', k: '' },
      { a: ' aria-hidden="true"', k: ', aria-hidden' },
      { a: ' hidden', k: ', hidden' },
      { a: ' role="presentation"', k: ', role presentation' },
    ]);
    return { kind: `${type}, ${value.k}, ${name.kind}${shown.k}`, html: `${name.before}<input type="${type}"${value.t}${name.attributes}${shown.a}>` };
  },
};

export const linkName: RuleCases = {
  axeRule: 'link-name',
  scope: 'fragment',
  generate(random, id) {
    const name = nameAttributes(random, id);
    const named = random.chance(0.4);
    const content = named ? namedContent(random) : silentContent(random);
    const extra = random.pick([
      { a: '', k: '' },
      { a: '', k: '' },
      { a: '', k: '' },
      { a: ' role="button"', k: ', role button' },
      { a: ' aria-hidden="true"', k: ', aria-hidden' },
      { a: ' hidden', k: ', hidden' },
      { a: ' role="presentation"', k: ', role presentation' },
      { a: ' tabindex="-1"', k: ', tabindex -1' },
    ]);
    const href = random.pick([' href="/contact"', ' href="#top"', ' href=""']);
    return {
      kind: `${named ? 'named content' : 'silent content'}, ${name.kind}${extra.k}`,
      html: `${name.before}<a${href}${name.attributes}${extra.a}>${content}</a>`,
    };
  },
};

export const imageRedundantAlt: RuleCases = {
  axeRule: 'image-redundant-alt',
  scope: 'fragment',
  generate(random) {
    const text = phrase(random);
    const alt = random.pick([
      { t: text, k: 'same as text' },
      { t: text.toUpperCase(), k: 'same, other case' },
      { t: ` ${text} `, k: 'same, spaces' },
      { t: phrase(random), k: 'other phrase' },
      { t: '', k: 'empty' },
    ]);
    const wrapper = random.pick(['a', 'button', 'p', 'div', 'figure']);
    const open = wrapper === 'a' ? '<a href="/about">' : `<${wrapper}>`;
    return { kind: `${wrapper}, ${alt.k}`, html: `${open}<img src="logo.png" alt="${alt.t}"> ${text}</${wrapper}>` };
  },
};

export const serverSideImageMap: RuleCases = {
  axeRule: 'server-side-image-map',
  scope: 'fragment',
  generate(random) {
    return variant(random, {
      ismap: () => '<a href="/map"><img src="map.png" alt="Map" ismap></a>',
      'ismap value': () => '<a href="/map"><img src="map.png" alt="Map" ismap="ismap"></a>',
      'usemap only': () => '<img src="map.png" alt="Map" usemap="#m">',
      plain: () => '<img src="map.png" alt="Map">',
    });
  },
};

export const frameTitle: RuleCases = {
  axeRule: 'frame-title',
  scope: 'fragment',
  generate(random, id) {
    const name = nameAttributes(random, id);
    const extra = random.pick([
      { a: '', k: '' },
      { a: '', k: '' },
      { a: ' tabindex="-1"', k: ', tabindex -1' },
      { a: ' aria-hidden="true"', k: ', aria-hidden' },
      { a: ' hidden', k: ', hidden' },
      { a: ' role="presentation"', k: ', role presentation' },
    ]);
    return { kind: `${name.kind}${extra.k}`, html: `${name.before}<iframe src="https://example.org/map"${name.attributes}${extra.a}></iframe>` };
  },
};
