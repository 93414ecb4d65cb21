import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { isTag, type ChildNode } from 'domhandler';
import { parse as parseLikeBrowsers } from 'parse5';
import { check, disableForFileEdit, disableForLineEdit, ruleById, type Finding, type TextEdit } from '../../../src/core';
import { fixturesRoot } from '../fixtureExpectations';
import { seededRandom } from '../../support/seededRandom';

/**
 * Property: "Disable for this line" and "Disable for this file" never change what a page is. For every finding on
 * every fixture page and on generated pages full of multi-line tags, applying the edit leaves the page parsing to the
 * same elements (names and attributes, in order) with htmlparser2 (what the checks read) and with parse5 (the HTML
 * standard's parser, as browsers read it), and the finding is gone. Where no line is safe, the line edit is not offered.
 */

const apply = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

/** Elements as htmlparser2 reads them, with the options the checks use. */
function elementsByHtmlparser2(text: string): string[] {
  const result: string[] = [];
  const stack: ChildNode[] = [...parseDocument(text, { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false }).children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    result.push(`${node.name} ${JSON.stringify(Object.entries(node.attribs))}`);
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
  return result;
}

interface Parse5Node {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly attrs?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly childNodes?: readonly Parse5Node[];
  readonly content?: Parse5Node;
}

/** Elements as a browser builds them (parse5 implements the HTML standard's tree construction). */
function elementsByBrowserParser(text: string): string[] {
  const result: string[] = [];
  const stack: Parse5Node[] = [parseLikeBrowsers(text) as unknown as Parse5Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tagName) result.push(`${node.tagName} ${JSON.stringify((node.attrs ?? []).map((attr) => [attr.name, attr.value]))}`);
    const children = [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  return result;
}

/** Pieces of pages where a line break inside a tag, a title, a text area, a script, a style, a pre or a comment matters. */
const blocks = [
  '<img src="fair.jpg">',
  '<img src="fair.jpg" alt="image of a fair">',
  '<a href="#" aria-lable="Fair">click here</a>',
  '<p>TODO write the fair text</p>',
  '<textarea>Write here <img src="in-textarea.jpg"> more</textarea>',
  '<pre>Line one <img src="in-pre.jpg"> line two</pre>',
  '<script>var image = "<img src=x.jpg>";</script>',
  '<style>p { color: #777; background: #fff }</style>',
  '<!-- an old <img src="commented.jpg"> image -->',
  '<table><tr><td scope="col">Day</td><td>Monday</td></tr></table>',
  '<input type="text" name="q">',
  '<button></button>',
  '<div role="img"></div>',
  '<p style="color: #999; background: #fff">Grey text on white</p>',
  '<ul><li>One</li><div>Two</div></ul>',
  '<h4>Skipped heading level</h4>',
  '<iframe src="https://example.org/map"></iframe>',
  '<select><option>Monday</option></select>',
];

/** Replaces some spaces with line breaks (and an indent), inside tags and text alike. */
function breakLines(block: string, next: () => number): string {
  let result = '';
  for (const char of block) result += char === ' ' && next() < 0.5 ? '\n  ' : char;
  return result;
}

function generatedPages(count: number): Array<{ name: string; text: string }> {
  const next = seededRandom(0x5eed0012);
  const pages: Array<{ name: string; text: string }> = [];
  for (let index = 0; index < count; index++) {
    const body: string[] = [];
    for (let block = 0; block < 6; block++) body.push(breakLines(blocks[Math.floor(next() * blocks.length)], next));
    const title = next() < 0.5 ? '<title>\n  Fair\n</title>' : '<title>Fair</title>';
    pages.push({
      name: `generated-${index}`,
      text: `<!doctype html>\n<html lang="en">\n<head>\n${title}\n</head>\n<body>\n${body.join(next() < 0.5 ? '\n' : ' ')}\n</body>\n</html>\n`,
    });
  }
  return pages;
}

function fixturePages(): Array<{ name: string; text: string }> {
  const found: Array<{ name: string; text: string }> = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push({ name: path.relative(fixturesRoot, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(fixturesRoot);
  return found;
}

/** Findings a disable comment can switch off: those of real rules (not the notes about the file itself). */
function disableableFindings(text: string): Finding[] {
  return check(text).filter((finding) => ruleById(finding.ruleId) !== undefined);
}

/** The same finding, moved by the edit: gone when no finding of the rule with that message starts there. */
function stillThere(fixed: string, finding: Finding, edit: TextEdit): boolean {
  const shift = edit.start <= finding.startOffset ? edit.newText.length - (edit.end - edit.start) : 0;
  return check(fixed, { rules: [ruleById(finding.ruleId)!] }).some(
    (candidate) => candidate.message === finding.message && candidate.startOffset === finding.startOffset + shift,
  );
}

describe('disable comments never break a page (property)', function () {
  this.timeout(600_000);
  const pages = [...fixturePages(), ...generatedPages(150)];

  it('finds the fixture pages and generates pages with multi-line tags', () => {
    assert.ok(pages.length > 300, `${pages.length} pages`);
  });

  it('"Disable for this line" keeps every element and removes the finding, or is not offered', () => {
    const problems: string[] = [];
    let applied = 0;
    let declined = 0;
    for (const page of pages) {
      const before = elementsByHtmlparser2(page.text);
      const beforeInBrowsers = elementsByBrowserParser(page.text);
      for (const finding of disableableFindings(page.text)) {
        const edit = disableForLineEdit(page.text, finding);
        if (!edit) {
          declined++;
          continue;
        }
        applied++;
        const fixed = apply(page.text, edit);
        const where = `${page.name} line ${finding.range.start.line + 1} ${finding.ruleId}`;
        if (JSON.stringify(elementsByHtmlparser2(fixed)) !== JSON.stringify(before)) problems.push(`${where}: elements changed (htmlparser2)`);
        if (JSON.stringify(elementsByBrowserParser(fixed)) !== JSON.stringify(beforeInBrowsers)) problems.push(`${where}: elements changed (browser parser)`);
        if (stillThere(fixed, finding, edit)) problems.push(`${where}: the finding is still there`);
      }
    }
    assert.deepEqual(problems.slice(0, 40), []);
    assert.ok(applied > 500, `only ${applied} line edits applied`);
    assert.ok(declined > 0, 'no finding sat on an unsafe line');
  });

  it('"Disable for this file" keeps every element and removes every finding of the rule', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const before = elementsByHtmlparser2(page.text);
      const beforeInBrowsers = elementsByBrowserParser(page.text);
      for (const ruleId of new Set(disableableFindings(page.text).map((finding) => finding.ruleId))) {
        const fixed = apply(page.text, disableForFileEdit(page.text, ruleId));
        const where = `${page.name} ${ruleId}`;
        if (JSON.stringify(elementsByHtmlparser2(fixed)) !== JSON.stringify(before)) problems.push(`${where}: elements changed (htmlparser2)`);
        if (JSON.stringify(elementsByBrowserParser(fixed)) !== JSON.stringify(beforeInBrowsers)) problems.push(`${where}: elements changed (browser parser)`);
        if (check(fixed, { rules: [ruleById(ruleId)!] }).length > 0) problems.push(`${where}: findings remain`);
      }
    }
    assert.deepEqual(problems.slice(0, 40), []);
  });
});
