import * as assert from 'node:assert/strict';
import { check, ruleById, safeFixEdits } from '../../../src/core';

const brokenMarkupRules = ['attribute-quotes', 'duplicate-attribute', 'unclosed-element', 'stray-end-tag', 'unescaped-less-than'].map((id) => ruleById(id)!);
const marker = '\uE000';

describe('broken markup checks', () => {
  it('are registered', () => {
    assert.equal(brokenMarkupRules.filter((rule) => rule !== undefined).length, 5);
  });

  it('stay quiet on masked template code in attributes, attribute names and text', () => {
    const masked = `<!doctype html>\n<html lang="en"><head><title>${marker}        </title></head><body>\n<div ${marker}          ${marker}         class="${marker}    ">\n<a href="${marker}     " title='${marker} '>${marker}   </a> <${marker}    >\n<p>Hello, ${marker}        !</p>\n</div>\n</body></html>`;
    const findings = check(masked, { rules: brokenMarkupRules });
    assert.deepEqual(
      findings.map((finding) => `${finding.ruleId} ${JSON.stringify(masked.slice(finding.startOffset, finding.endOffset))}`),
      [],
    );
  });

  it('stay quiet on tags that only pair up once a site generator runs the template', () => {
    const masked =
      '<!doctype html>\n<html lang="en"><body>\n                <div class="wide">\n          <div class="narrow">\n           \n</div>\n</body></html>';
    assert.deepEqual(check(masked, { rules: brokenMarkupRules, generator: 'hugo' }), []);
    assert.deepEqual(
      check(masked, { rules: brokenMarkupRules }).map((finding) => finding.ruleId),
      ['unclosed-element'],
    );
  });

  it('fix all repairs what it safely can and leaves the page parsing as before', () => {
    const text = '<!doctype html><html lang="en"><body><p class="a" class="b" title="x"id="y">ages 5 <12</p></body></html>';
    const { edits } = safeFixEdits(check(text, { rules: brokenMarkupRules }));
    let fixed = text;
    for (const edit of [...edits].reverse()) fixed = fixed.slice(0, edit.start) + edit.newText + fixed.slice(edit.end);
    assert.equal(fixed, '<!doctype html><html lang="en"><body><p class="a" title="x" id="y">ages 5 &lt;12</p></body></html>');
    assert.deepEqual(check(fixed, { rules: brokenMarkupRules }), []);
  });
});
