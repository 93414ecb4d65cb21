import * as assert from 'node:assert/strict';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { parseDocument } from 'htmlparser2';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeAnswer, escapeAttribute, escapeText } from '../../../src/core';

type Element = DefaultTreeAdapterMap['element'];

/** Characters that matter to HTML and Markdown, a few entity names, and ordinary words, drawn at random. */
const pieces = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '#',
  ';',
  '=',
  'amp',
  'lt',
  'quot',
  'copy',
  'x41',
  '65',
  'a',
  'Z',
  '9',
  ' ',
  'café',
  '–',
  '&amp;',
  '&#',
  '[',
  ']',
  '*',
  '_',
  '\\',
  '!',
  '`',
  '|',
];

/** A small seeded generator, so a failure can be replayed. */
function randomStrings(count: number, seed = 20_261_201): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(next() * 12);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
    return text;
  });
}

/** Text after the written words, as the page's own text would follow them. */
const followers = ['', 'amp;', ' end', '#38;'];

function parse5Text(html: string): string {
  const paragraph = parseFragment(html).childNodes[0] as Element;
  return paragraph.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
}

function parse5Attribute(html: string): string | undefined {
  const paragraph = parseFragment(html).childNodes[0] as Element;
  return paragraph.attrs.find((attribute) => attribute.name === 'title')?.value;
}

function htmlparser2Text(html: string): string {
  const paragraph = parseDocument(html, { decodeEntities: true }).children[0];
  return 'children' in paragraph ? paragraph.children.map((node) => ('data' in node ? node.data : '')).join('') : '';
}

function htmlparser2Attribute(html: string): string | undefined {
  const paragraph = parseDocument(html, { decodeEntities: true }).children[0];
  return 'attribs' in paragraph ? paragraph.attribs['title'] : undefined;
}

describe('Readable escaping', () => {
  it('leaves quotes, > and a lone & as typed in text, and escapes < and an & that starts a reference', () => {
    assert.equal(escapeText('Say "hello" to Tom & Jerry > all'), 'Say "hello" to Tom & Jerry > all');
    assert.equal(escapeText('a<b &amp; AT&T &#38; end &'), 'a&lt;b &amp;amp; AT&amp;T &amp;#38; end &amp;');
  });

  it('escapes only " and an ambiguous & in an attribute value', () => {
    assert.equal(escapeAttribute('The "Riverside" café & garden <3'), 'The &quot;Riverside&quot; café & garden <3');
    assert.equal(escapeAttribute('R&D'), 'R&amp;D');
  });

  it('backslash-escapes Markdown only where it would be read as syntax', () => {
    assert.equal(escapeAnswer('markdown', 'Fish & chips [daily]'), 'Fish & chips \\[daily\\]');
    assert.equal(escapeAnswer('markdown', 'AT&T'), 'AT\\&T');
  });

  const samples = randomStrings(600);

  it('text content parses back to the same words (parse5 and htmlparser2), whatever follows it', () => {
    for (const text of samples) {
      for (const after of followers) {
        const html = `<p>${escapeText(text)}${escapeText(after)}</p>`;
        assert.equal(parse5Text(html), text + after, `parse5: ${JSON.stringify(text)} + ${JSON.stringify(after)} → ${html}`);
        assert.equal(htmlparser2Text(html), text + after, `htmlparser2: ${JSON.stringify(text)} → ${html}`);
      }
    }
  });

  it('an attribute value parses back to the same words (parse5 and htmlparser2)', () => {
    for (const text of samples) {
      for (const after of followers) {
        const html = `<p title="${escapeAttribute(text)}${escapeAttribute(after)}"></p>`;
        assert.equal(parse5Attribute(html), text + after, `parse5: ${JSON.stringify(text)} → ${html}`);
        assert.equal(htmlparser2Attribute(html), text + after, `htmlparser2: ${JSON.stringify(text)} → ${html}`);
      }
    }
  });

  it('Markdown link text parses back to the same words', () => {
    for (const text of samples) {
      const tree = fromMarkdown(`[${escapeAnswer('markdown', text)}](https://example.com/)`);
      const paragraph = tree.children[0];
      const link = paragraph && 'children' in paragraph ? paragraph.children[0] : undefined;
      const words = link && 'children' in link ? link.children.map((node) => ('value' in node ? node.value : '')).join('') : '';
      if (text.trim() === '' || text.trim() !== text) continue; // Markdown trims label edges: nothing escaping could keep.
      assert.equal(words, text, `${JSON.stringify(text)} → ${escapeAnswer('markdown', text)}`);
    }
  });
});
