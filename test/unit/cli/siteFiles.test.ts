import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

/** A whole page with no title, description or language, and an image without alt text. */
const wholePage = '<!DOCTYPE html>\n<html>\n<head>\n</head>\n<body>\n<img src="a.png" width="40" height="30">\n</body>\n</html>\n';

describe('content-bridge check on a generated site', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'content-bridge-site-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
    writeFileSync(path.join(scratch, name), text);
  };
  const found = (...args: string[]) =>
    (JSON.parse(runCli(['check', ...args, '--format', 'json'], scratch).stdout) as { file: string; ruleId: string; line: number }[]).map(
      (finding) => `${finding.file}:${finding.line} ${finding.ruleId}`,
    );

  it('checks Nunjucks, Liquid and Handlebars templates as HTML, with their template code set aside', () => {
    const template =
      '<ul>\n  {% for item in items %}<li>{{ item.title }}</li>{% endfor %}\n</ul>\n<p lang="{{ page.lang }}">Hello</p>\n<img src="{{ image }}" width="40" height="30">\n';
    for (const name of ['list.njk', 'list.liquid', 'card.hbs', 'card.handlebars']) write(`_includes/${name}`, template);
    write('notes.txt', template);
    assert.deepEqual(found('.').sort(), [
      '_includes/card.handlebars:5 image-alt',
      '_includes/card.hbs:5 image-alt',
      '_includes/list.liquid:5 image-alt',
      '_includes/list.njk:5 image-alt',
    ]);
  });

  it('gives a layout element checks but no page-level ones', () => {
    write('_layouts/default.html', wholePage);
    write('index.html', wholePage);
    const findings = found('.');
    assert.deepEqual(
      findings.filter((finding) => finding.startsWith('_layouts/')),
      ['_layouts/default.html:6 image-alt'],
    );
    assert.ok(findings.includes('index.html:3 document-title'), JSON.stringify(findings));
  });

  it("knows the site generator's layout folders from the files in the working folder", () => {
    write('src/components/Page.html', wholePage);
    assert.ok(found('.').includes('src/components/Page.html:3 document-title'), 'a plain site: a page like any other');
    write('astro.config.mjs', 'export default {};\n');
    assert.deepEqual(found('.'), ['src/components/Page.html:6 image-alt'], 'an Astro site: src/components holds components');
  });
});
