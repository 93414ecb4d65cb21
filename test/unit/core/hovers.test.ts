import * as assert from 'node:assert/strict';
import { ruleById } from '../../../src/core';
import { attributeHovers, elementHovers, hoverAt, templateCodeHover } from '../../../src/core/hovers';

/** The elements and attributes communicators meet most: each must have a hover. */
const commonElements = [
  'html',
  'head',
  'body',
  'title',
  'meta',
  'link',
  'main',
  'header',
  'footer',
  'nav',
  'section',
  'article',
  'aside',
  'div',
  'span',
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'a',
  'img',
  'figure',
  'figcaption',
  'video',
  'track',
  'iframe',
  'ul',
  'ol',
  'li',
  'table',
  'caption',
  'tr',
  'th',
  'td',
  'blockquote',
  'strong',
  'em',
  'time',
  'address',
  'button',
  'form',
  'label',
  'input',
  'details',
  'summary',
];
const commonAttributes = [
  'alt',
  'href',
  'src',
  'title',
  'lang',
  'width',
  'height',
  'class',
  'id',
  'target',
  'rel',
  'name',
  'content',
  'property',
  'aria-label',
  'aria-hidden',
  'role',
  'tabindex',
  'controls',
  'kind',
  'datetime',
  'scope',
  'for',
  'placeholder',
  'loading',
  'download',
];

describe('Plain-language hovers', () => {
  it('explain at least 60 of the elements and attributes communicators meet most', () => {
    assert.ok(commonElements.length + commonAttributes.length >= 60);
    for (const name of commonElements) assert.ok(elementHovers[name]?.text, `<${name}> has no hover`);
    for (const name of commonAttributes) assert.ok(attributeHovers[name]?.text, `${name} has no hover`);
  });

  it('link only to checks that exist, and use plain words (no check ids in the text)', () => {
    for (const [name, hover] of [...Object.entries(elementHovers), ...Object.entries(attributeHovers)]) {
      if (hover.check) assert.ok(ruleById(hover.check), `${name} links to a check that does not exist: ${hover.check}`);
      assert.doesNotMatch(hover.text, /diagnostic|\brule\b|axe|lighthouse/i, name);
      assert.ok(hover.text.length >= 20, name);
    }
  });

  const page = '<h2 class="intro">Our <a href="/about/" title="About us">story</a></h2>\n<img alt="x" src="a.png">';
  const at = (needle: string, shift = 1) => hoverAt(page, page.indexOf(needle) + shift);

  it('finds an element name in a start tag and an end tag', () => {
    assert.deepEqual(at('h2'), { subject: '<h2>', text: elementHovers['h2'].text, check: 'heading-order', start: 1, end: 3 });
    assert.equal(hoverAt(page, page.indexOf('</h2>') + 3)?.subject, '<h2>');
    assert.equal(at('<a ')?.subject, '<a>');
  });

  it('finds an attribute name inside a tag, but not the words of its value or of the page', () => {
    assert.equal(at('class')?.subject, 'class');
    assert.equal(at('title=')?.subject, 'title');
    assert.equal(at('alt=')?.subject, 'alt');
    assert.equal(at('About us', 2), undefined, 'inside a value');
    assert.equal(at('story'), undefined, 'page text');
    assert.equal(hoverAt('<p>Use the alt text</p>', 13), undefined, 'the word alt in text');
  });

  it('says template code is site code to ask IT about', () => {
    const layout = '<html lang="{{ site.Language }}">\n{{ partial "head.html" . }}\n<h1>{% if title %}{{ title }}{% endif %}</h1>';
    assert.equal(hoverAt(layout, layout.indexOf('partial'))?.text, templateCodeHover);
    assert.equal(hoverAt(layout, layout.indexOf('site.Language'))?.text, templateCodeHover);
    assert.equal(templateCodeHover, 'This is site code that builds the page; changing it changes every page that uses it — ask IT.');
    assert.equal(hoverAt(layout, layout.indexOf('h1') + 1)?.subject, '<h1>');
  });
});
