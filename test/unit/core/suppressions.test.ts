import * as assert from 'node:assert/strict';
import { check, disableForFileEdit, disableForLineEdit, ruleById, type Finding, type TextEdit } from '../../../src/core';

const imageAlt = ruleById('image-alt')!;
const lines = (text: string) => check(text, { rules: [imageAlt] }).map((finding) => finding.range.start.line);
const apply = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

describe('disable comments', () => {
  const images = ['<img src="a.jpg">', '<img src="b.jpg">', '<img src="c.jpg">', '<img src="d.jpg">'];

  it('reports every image without comments', () => {
    assert.deepEqual(lines(images.join('\n')), [0, 1, 2, 3]);
  });

  it('disable-next-line skips only the next line, for the rules named', () => {
    const text = ['<!-- content-bridge-disable-next-line image-alt -->', ...images].join('\n');
    assert.deepEqual(lines(text), [2, 3, 4]);
    const other = ['<!-- content-bridge-disable-next-line link-name -->', ...images].join('\n');
    assert.deepEqual(lines(other), [1, 2, 3, 4]);
  });

  it('disable … enable skips the lines between, for several rules or for all', () => {
    const text = [
      images[0],
      '<!-- content-bridge-disable link-name, image-alt -->',
      images[1],
      images[2],
      '<!-- content-bridge-enable image-alt -->',
      images[3],
    ].join('\n');
    assert.deepEqual(lines(text), [0, 5]);
    const all = [images[0], '<!-- content-bridge-disable -->', images[1], '<!-- content-bridge-enable -->', images[2]].join('\n');
    assert.deepEqual(lines(all), [0, 4]);
  });

  it('disable without enable lasts to the end of the file', () => {
    assert.deepEqual(lines(['<!-- content-bridge-disable image-alt -->', ...images].join('\n')), []);
  });

  it('ignores other comments that merely mention the words', () => {
    assert.deepEqual(lines(['<!-- please do not content-bridge-disable image-alt -->', images[0]].join('\n')), [1]);
    assert.deepEqual(lines(['<!-- content-bridge-disabled image-alt -->', images[0]].join('\n')), [1]);
  });

  it('next-line comments inside a disabled stretch, and stretches after it, each cover their own lines', () => {
    const text = [
      '<!-- content-bridge-disable image-alt -->',
      '<!-- content-bridge-disable-next-line image-alt -->',
      images[0],
      images[1],
      '<!-- content-bridge-enable image-alt -->',
      images[2],
      '<!-- content-bridge-disable-next-line image-alt -->',
      images[3],
      images[0],
      '<!-- content-bridge-disable -->',
      images[1],
      '<!-- content-bridge-enable -->',
      images[2],
    ].join('\n');
    assert.deepEqual(lines(text), [5, 8, 12]);
  });

  it('reads ids separated by tabs, commas and line breaks', () => {
    const text = ['<!--\tcontent-bridge-disable-next-line\tlink-name,\n\timage-alt\t-->', images[0], images[1]].join('\n');
    assert.deepEqual(lines(text), [3]);
  });
});

describe('"Disable for this line" and "Disable for this file" edits', () => {
  const page = '<!doctype html>\n<html lang="en">\n<body>\n  <p>Fair</p>\n  <img src="fair.jpg">\n</body>\n</html>\n';
  const finding = (): Finding => check(page, { rules: [imageAlt] })[0];

  it('puts the comment above the line, indented like it, and the finding goes away', () => {
    const fixed = apply(page, disableForLineEdit(page, finding())!);
    assert.equal(fixed.split('\n')[4], '  <!-- content-bridge-disable-next-line image-alt -->');
    assert.equal(fixed.split('\n')[5], '  <img src="fair.jpg">');
    assert.deepEqual(lines(fixed), []);
  });

  it('puts the file comment on the first line, and the finding goes away', () => {
    const fixed = apply(page, disableForFileEdit(page, 'image-alt'));
    assert.equal(fixed.split('\n')[0], '<!-- content-bridge-disable image-alt -->');
    assert.deepEqual(lines(fixed), []);
  });

  it('keeps front matter first, so the site generator still reads it', () => {
    const withFrontMatter = '---\ntitle: Fair\n---\n<img src="fair.jpg">\n';
    const fixed = apply(withFrontMatter, disableForFileEdit(withFrontMatter, 'image-alt'));
    assert.equal(fixed, '---\ntitle: Fair\n---\n<!-- content-bridge-disable image-alt -->\n<img src="fair.jpg">\n');
    assert.deepEqual(lines(fixed), []);
  });

  it('is not offered where a comment line would change the page', () => {
    // Each page's finding is on its third line (index 2).
    const places: Record<string, string> = {
      'a multi-line start tag': '<body>\n<a href="/fair"\n   aria-lable="Fair">Fair</a>\n</body>',
      'a multi-line title': '<head>\n<title>\n  TODO\n</title>\n</head>',
      'a text area': '<form>\n<textarea>\n  TODO\n</textarea></form>',
      'a pre': '<body>\n<pre>\n  <img src="a.jpg">\n</pre>',
      'a script': '<script>\n  var x = 1;\n  TODO\n</script>',
      'a comment': '<!--\n  old\n  <img src="a.jpg">\n-->',
    };
    const unsafe: string[] = [];
    for (const [place, text] of Object.entries(places)) {
      const offset = text.split('\n').slice(0, 2).join('\n').length + 1;
      const finding: Finding = {
        ruleId: 'image-alt',
        severity: 'error',
        message: 'x',
        startOffset: offset + 2,
        endOffset: offset + 3,
        range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } },
        fixes: [],
      };
      if (disableForLineEdit(text, finding) === undefined) unsafe.push(place);
    }
    assert.deepEqual(unsafe, Object.keys(places));
  });

  it('is offered on the first line of a multi-line start tag and inside ordinary text', () => {
    const text = '<body>\n<p>Some text\n  <img\n    src="a.jpg">\n  more text</p>\n</body>';
    const [finding] = check(text, { rules: [imageAlt] });
    const fixed = apply(text, disableForLineEdit(text, finding)!);
    assert.equal(fixed, text.replace('  <img', '  <!-- content-bridge-disable-next-line image-alt -->\n  <img'));
    assert.deepEqual(lines(fixed), []);
  });

  it('keeps Windows line endings', () => {
    const crlf = page.replace(/\n/g, '\r\n');
    const fixed = apply(crlf, disableForLineEdit(crlf, check(crlf, { rules: [imageAlt] })[0])!);
    assert.ok(fixed.includes('<!-- content-bridge-disable-next-line image-alt -->\r\n  <img'));
  });
});
