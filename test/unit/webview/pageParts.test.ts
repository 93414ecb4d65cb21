import * as assert from 'node:assert/strict';
import { MarkdownPreviewRenderer } from '../../../src/core/preview/markdownPreview';
import { preparePreviewPage } from '../../../src/core/preview/preparePreviewHtml';
import { linePositionText } from '../../../src/core/preview/linePositions';
import { spliceBetween } from '../../../src/core/preview/textSplice';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { parseExtensionMessage } from '../../../src/shared/previewProtocol';
import { differenceFromWhole, measureParts, parseInParts, partsOnShow, sortAttributes, updateParts, type ShownParts } from '../../../webview/preview/pageParts';
import { sanitizePage } from '../../../webview/preview/sanitizePage';
import { updateBody } from '../../../webview/preview/updatePage';
import { seededRandom } from '../../support/seededRandom';

// jsdom builds the DOM as the HTML standard says (parse5), as the webview's browser does.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS load typed with only the shape this test uses
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Window & typeof globalThis } };
const { window } = new JSDOM('<!doctype html><title>test</title>');
const parser = new window.DOMParser();

/** The preview's page on show, brought up to each version as the webview does (webview/preview/main.ts, `render`). */
class ShownPage {
  readonly document = parser.parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  private parts: ShownParts | undefined;
  partial = 0;
  whole = 0;

  showWhole(html: string, boundaries: readonly number[] | undefined): void {
    this.whole++;
    const inParts = boundaries ? parseInParts(parser, html, boundaries) : undefined;
    const parsed = inParts?.document ?? parser.parseFromString(html, 'text/html');
    sanitizePage(parsed, { cleanedBefore: this.document.documentElement });
    const measured = inParts ? measureParts(inParts) : undefined;
    try {
      updateBody(this.document.body, parsed.body);
    } catch (error) {
      // jsdom refuses attribute names a browser takes (`<p <b>` has one named `<b`): the page is then put in anew.
      if (!(error instanceof window.DOMException) || error.name !== 'InvalidCharacterError') throw error;
      this.document.body.replaceWith(this.document.adoptNode(parsed.body));
    }
    this.parts = measured ? partsOnShow(measured, this.document.body) : undefined;
  }

  showChange(before: string, html: string, boundaries: readonly number[] | undefined): void {
    let next: ShownParts | undefined;
    try {
      next = this.parts && boundaries ? updateParts(parser, this.parts, spliceBetween(before, html), html, boundaries) : undefined;
    } catch {
      // As the preview does: the whole page puts right anything changed on the way.
    }
    if (!next) {
      this.showWhole(html, boundaries);
      return;
    }
    this.partial++;
    this.parts = next;
  }
}

/** The page read whole and cleaned, as the preview showed it before parts: what every update must equal. */
function wholePage(html: string): Document {
  const page = parser.parseFromString(html, 'text/html');
  sanitizePage(page);
  return page;
}

function assertSamePage(shown: Document, html: string, context: string): void {
  const expected = wholePage(html).body;
  const live = shown.body.cloneNode(true) as HTMLElement;
  for (const body of [live, expected]) {
    body.normalize();
    // morphdom writes an option's selectedness as an attribute when it changes one in place: the same without parts.
    for (const option of Array.from(body.querySelectorAll('option'))) option.removeAttribute('selected');
    // A template's content is never shown, and updating the page leaves it (updatePage.ts): the same without parts.
    for (const template of Array.from(body.querySelectorAll('template'))) (template as Partial<HTMLTemplateElement>).content?.replaceChildren();
    // An update in place keeps an element's old attributes first: the same without parts.
    sortAttributes(body);
  }
  assert.equal(live.outerHTML, expected.outerHTML, context);
  assert.equal(differenceFromWhole(parser, shown.body, html), '', context);
  assert.equal(live.querySelectorAll('*').length, expected.querySelectorAll('*').length, context);
}

const ordinaryBlocks = [
  'Paragraph with *emphasis* and a [link](/a "T").\nSecond line & more.',
  '## A heading',
  '- one\n- two\n- three',
  '1. first\n2. second',
  '> A quote\n> over two lines',
  '```\nconst here = 1;\n```',
  '| a | b |\n| --- | --- |\n| c | d |',
  '![An image](/i.png)',
  'Words with `code` and **bold** text &amp; an entity.',
];

/** Raw HTML the parser reads in surprising ways: open formatting, tables, comments, raw text, foreign content, form. */
const nastyBlocks = [
  'Text <b>left open',
  '<p><div>block in a paragraph</div>',
  '<table><tr><td>cell',
  '<table>\n<tr><td>a</td></tr>\n\nAfter a blank line\n</table>',
  '<!-- never closed',
  '<textarea>\n\nInside\n',
  '<svg><title>t</title>\n\nAfter\n',
  '<template><p>kept aside\n\nMore',
  '</main>\n\nAfter main',
  '<form>\n\nIn a form',
  '&amp',
  'A line ending in CR\r\nAnd CR-LF\r\n\r\nNext',
  '<select><option>x',
  '<plaintext>',
  '<div>\n\nInside a div\n\n</div>',
  '<pre>\n\nkept\n</pre>',
  '<style>\n\np { color: red }\n',
  '<math><mi>x</mi>\n\nAfter',
  '</div></div>',
  '<frameset>',
];

const typedLetters = ['a', 'b', ' ', 'e', '.', 'x'];
const typedNasties = [
  '<b>',
  '</b>',
  '<p><div>',
  '<table><tr><td>',
  '</td>',
  '<!--',
  '-->',
  '<textarea>',
  '</textarea>',
  '<svg>',
  '<template>',
  '</main>',
  '<form>',
  '&amp;',
  '&',
  ';',
  '\r\n',
  '\n\n',
  '\n',
  '</div>',
  '<div>',
  '<select>',
  '> ',
  '- ',
  '<body class="x">',
];

function generatedPage(random: () => number, blocks: readonly string[], count: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const parts: string[] = [];
  if (random() < 0.3) parts.push('---\ntitle: A page\n---');
  for (let index = 0; index < count; index++) parts.push(pick(blocks));
  return `${parts.join('\n\n')}\n`;
}

function edited(text: string, random: () => number, typed: readonly string[]): string {
  const at = Math.floor(random() * (text.length + 1));
  if (random() < 0.2 && text.length > 0) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 12)));
  return text.slice(0, at) + typed[Math.floor(random() * typed.length)] + text.slice(at);
}

type Render = (source: string) => { readonly html: string; readonly parts?: readonly number[] };

/** Markdown as the extension prepares it for the preview (pagePreview.ts). */
function markdownRender(): Render {
  const renderer = new MarkdownPreviewRenderer();
  return (source) => renderer.render(source, { siteRootHref: 'https://preview.example/site/', sourcePositions: true, positionsByLine: new LineIndex(source) });
}

/** HTML as the extension prepares it for the preview (pagePreview.ts). */
const htmlRender: Render = (source) => {
  const lines = new LineIndex(source);
  return preparePreviewPage(source, {
    siteRootHref: 'https://preview.example/site/',
    sourceOf: (span) => span,
    positionText: (span) => linePositionText(lines, span),
    parts: true,
  });
};

/** Types `edits` random edits into `text` and checks the page on show after each against the page read whole. */
function typeInto(text: string, random: () => number, typed: readonly string[], edits: number, render: Render = markdownRender()): ShownPage {
  const shown = new ShownPage();
  let previous = render(text);
  shown.showWhole(previous.html, previous.parts);
  assertSamePage(shown.document, previous.html, 'first version');
  for (let edit = 0; edit < edits; edit++) {
    text = edited(text, random, typed);
    const next = render(text);
    shown.showChange(previous.html, next.html, next.parts);
    assertSamePage(shown.document, next.html, `after edit ${edit}: ${JSON.stringify(text)}`);
    previous = next;
  }
  return shown;
}

describe('Preview: reading only the changed parts of a page', function () {
  // jsdom reads each version whole to compare: a few hundred versions take several seconds on a busy machine.
  this.timeout(60_000);
  // morphdom names the page's HTMLElement class, which a browser has and Node does not.
  const globals = globalThis as { HTMLElement?: unknown };
  before(() => (globals.HTMLElement = window.HTMLElement));
  after(() => delete globals.HTMLElement);

  it('typing into ordinary Markdown pages reads the changed parts only, and always shows the page as read whole', () => {
    const random = seededRandom(7);
    let partial = 0;
    let edits = 0;
    for (let page = 0; page < 15; page++) {
      const shown = typeInto(generatedPage(random, ordinaryBlocks, 6 + Math.floor(random() * 20)), random, typedLetters, 15);
      partial += shown.partial;
      edits += 15;
    }
    // Most keystrokes must take the short way, or this suite would prove nothing about it.
    assert.ok(partial >= edits * 0.9, `read in parts ${partial} of ${edits} edits`);
  });

  it('pages with raw HTML the parser reads in surprising ways still show exactly as read whole, whatever is typed', () => {
    const random = seededRandom(11);
    let partial = 0;
    let whole = 0;
    for (let page = 0; page < 16; page++) {
      // Ordinary blocks around one or two surprising ones, and surprising text typed among letters.
      const blocks = generatedPage(random, ordinaryBlocks, 4 + Math.floor(random() * 8)).split('\n\n');
      for (let nasty = 0; nasty < 1 + Math.floor(random() * 2); nasty++)
        blocks.splice(Math.floor(random() * (blocks.length + 1)), 0, nastyBlocks[Math.floor(random() * nastyBlocks.length)]);
      const typed = [...typedNasties, ...Array.from({ length: 6 }, () => typedLetters).flat()];
      const shown = typeInto(blocks.join('\n\n'), random, typed, 10);
      partial += shown.partial;
      whole += shown.whole;
    }
    // Both ways are exercised: the short one where it can be proven, the whole page where it cannot.
    assert.ok(partial >= 20 && whole >= 75, `in parts ${partial}, whole ${whole}`);
  });

  it('keeps only the boundaries where the parser is back in the container, and all of clean ones', () => {
    const head = '<!DOCTYPE html><html><head></head><body><main>';
    const page = (...parts: string[]) => {
      const boundaries = [head.length];
      for (const part of parts) boundaries.push(boundaries[boundaries.length - 1] + part.length);
      return { html: `${head}${parts.join('')}</main></body></html>`, boundaries };
    };
    const proven = (...parts: string[]) => {
      const { html, boundaries } = page(...parts);
      return parseInParts(parser, html, boundaries)?.boundaries.length === boundaries.length;
    };
    assert.equal(proven('<p>One</p>\n', '<p>Two</p>\n'), true, 'paragraphs');
    assert.equal(proven('<table>\n', '<tr><td>x</td></tr></table>\n'), false, 'inside a table (the element would be moved before it)');
    assert.equal(proven('<p>One</p>\n<table>\n', '<tr><td>x</td></tr></table>\n'), false, 'inside a table after other nodes');
    assert.equal(proven('<p><b>open</p>\n', '<p>Two</p>\n'), false, 'a formatting element to reopen');
    assert.equal(proven('<!-- open\n', 'still a comment -->\n'), false, 'inside a comment');
    assert.equal(proven('<textarea>\n', 'text</textarea>\n'), false, 'inside a textarea');
    assert.equal(proven('<svg>\n', '<circle/></svg>\n'), false, 'inside svg');
    assert.equal(proven('<div>\n', 'inside</div>\n'), false, 'inside a div');
    assert.equal(proven('<p>x &amp\n', ';</p>\n'), false, 'inside a paragraph');
    assert.equal(proven('<p>One</p>\r', '\n<p>Two</p>\n'), false, 'between CR and LF');
    assert.equal(proven('<p>One</p>\n', '<form></form>\n'), false, 'a form');
    assert.equal(proven('<p>One</p>\n', '</main><p>Out</p>\n'), false, 'closing the container');
    assert.equal(proven('<p>One</p>\n', '<p>content-bridge-part</p>\n'), false, 'the mark name in the page');
  });

  it("takes the extension's part boundaries only when they are increasing offsets within the page", () => {
    const message = (parts: unknown, html = '<main><p>One</p>\n<p>Two</p>\n</main>') => ({
      type: 'render',
      documentUri: 'file:///post.md',
      version: 3,
      html,
      baseHref: 'https://preview.example/',
      kind: 'markdown',
      search: { title: '', address: '', description: '', notes: [] },
      social: { title: '', description: '', site: '', largeImage: false, notes: [] },
      parts,
    });
    const accepted = parseExtensionMessage(message([6, 17, 28]));
    assert.deepEqual(accepted?.type === 'render' ? accepted.parts : undefined, [6, 17, 28]);
    assert.equal(parseExtensionMessage(message([6, 6, 28])), undefined, 'not increasing');
    assert.equal(parseExtensionMessage(message([6, 17, 999])), undefined, 'past the end of the page');
    assert.equal(parseExtensionMessage(message([6])), undefined, 'no part');
    assert.equal(parseExtensionMessage(message([6, 'x'])), undefined, 'not offsets');
    assert.equal(
      parseExtensionMessage(
        message(
          Array.from({ length: 200_001 }, (_, index) => index),
          'x'.repeat(200_001),
        ),
      ),
      undefined,
      'too many',
    );
  });

  const htmlBlocks = [
    '<p>A paragraph with a <a href="/hours">link</a> &amp; words.</p>',
    '<h2>Visit us</h2>',
    '<ul>\n<li>One\n<li>Two\n</ul>',
    '<section>\n<h3>Inside</h3>\n<p>A section.</p>\n</section>',
    '<img src="/images/map.png" alt="Map">',
    '<div class="card"><p>In a card</p></div>',
    '<table><tr><td>Cell</td></tr></table>',
    '<script>document.write("</p>")</script>',
    '<!-- a note -->',
    '<p>An unclosed paragraph',
  ];
  const htmlPage = (random: () => number, count: number) => {
    const blocks = Array.from({ length: count }, () => htmlBlocks[Math.floor(random() * htmlBlocks.length)]);
    return `<!DOCTYPE html>\n<html lang="en">\n<head><title>Library</title></head>\n<body>\n<header><a href="/">Home</a></header>\n<main>\n${blocks.join('\n')}\n</main>\n<footer>Open daily</footer>\n</body>\n</html>\n`;
  };

  it('typing into HTML pages reads the changed parts of their main content, and always shows the page as read whole', () => {
    const random = seededRandom(5);
    let partial = 0;
    let edits = 0;
    for (let page = 0; page < 8; page++) {
      const shown = typeInto(htmlPage(random, 10 + Math.floor(random() * 20)), random, typedLetters, 15, htmlRender);
      partial += shown.partial;
      edits += 15;
    }
    // Edits in the head, header or footer read the whole page, and so does a page once a typed letter has broken a
    // table tag (see the guard in pageParts.ts); the rest land in the main content's parts.
    assert.ok(partial >= edits * 0.2, `read in parts ${partial} of ${edits} edits`);
  });

  it('HTML pages with surprising markup typed into them still show exactly as read whole', () => {
    const random = seededRandom(13);
    let partial = 0;
    let whole = 0;
    for (let page = 0; page < 10; page++) {
      const shown = typeInto(htmlPage(random, 6 + Math.floor(random() * 12)), random, [...typedNasties, ...typedLetters], 10, htmlRender);
      partial += shown.partial;
      whole += shown.whole;
    }
    assert.ok(partial >= 5 && whole >= 10, `in parts ${partial}, whole ${whole}`);
  });
});
