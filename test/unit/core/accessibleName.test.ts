import * as assert from 'node:assert/strict';
import { check, ruleById, ruleFailureId } from '../../../src/core';
import { accessibleName } from '../../../src/core/html/accessibleName';
import { HtmlPage } from '../../../src/core/html/parse';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Library opening hours</title></head><body>${body}</body></html>`;

/** A field labelled by its own container: following aria-labelledby from the content leads back to the field. */
const selfLabelled = '<div id="l"><input aria-labelledby="l"></div>';

function findingsOf(ruleId: string, text: string): string[] {
  const findings = check(text, { rules: [ruleById(ruleId)!] });
  assert.deepEqual(
    findings.filter((finding) => finding.ruleId === ruleFailureId).map((finding) => finding.message),
    [],
  );
  return findings.map((finding) => text.slice(finding.startOffset, finding.endOffset));
}

describe('accessible names: each node is visited once', () => {
  it('a field labelled by its own container has an empty name, and the label check reports it', () => {
    assert.deepEqual(findingsOf('label', page(selfLabelled)), ['<input aria-labelledby="l">']);
  });

  it('a field labelled by its own container with text is named by that text', () => {
    const html = page('<div id="l">Volume <input aria-labelledby="l"></div>');
    assert.deepEqual(findingsOf('label', html), []);
    const parsed = HtmlPage.parse(html);
    assert.equal(accessibleName(parsed, parsed.elementsNamed('input')[0]), 'Volume');
  });

  it('two elements labelled by each other', () => {
    const html = page('<span id="a" aria-labelledby="b">Opening</span><span id="b" aria-labelledby="a">hours</span><button aria-labelledby="a b"></button>');
    const parsed = HtmlPage.parse(html);
    assert.equal(accessibleName(parsed, parsed.elementsNamed('button')[0]), 'Opening hours');
    assert.deepEqual(findingsOf('button-name', html), []);
  });

  for (const [ruleId, element] of [
    ['select-name', '<select aria-labelledby="l"><option>Monday</option></select>'],
    ['button-name', '<button aria-labelledby="l"></button>'],
    ['link-name', '<a href="/hours" aria-labelledby="l"></a>'],
    ['role-img-alt', '<div role="img" aria-labelledby="l"></div>'],
    ['object-alt', '<object data="map.swf" aria-labelledby="l"></object>'],
  ] as const) {
    it(`${ruleId} still reports its findings on a page with such a field`, () => {
      assert.deepEqual(findingsOf(ruleId, page(`${selfLabelled}${element}`)), [element.slice(0, element.indexOf('>') + 1)]);
      assert.deepEqual(findingsOf(ruleId, page(`<div id="l">${element}<input aria-labelledby="l"></div>`)).length, 1);
    });
  }
});
