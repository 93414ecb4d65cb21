import * as assert from 'node:assert/strict';
import { check, escapeAnswer, LineIndex, ruleById, type CheckConfig, type Fix, type Rule } from '../../../src/core';
import { runRules, sourceInfo, type CheckOptions } from '../../../src/core/check';
import { HtmlPage } from '../../../src/core/html/parse';

const rule = (id: string): Rule => {
  const found = ruleById(id);
  assert.ok(found, id);
  return found;
};

/** What the user sees of a finding: where it is (0-based line:character–line:character) and the message. */
interface Seen {
  readonly ruleId: string;
  readonly at: string;
  readonly message: string;
  readonly fixes: readonly Fix[];
}

function where(text: string, start: number, end: number): string {
  const range = new LineIndex(text).rangeOf(start, end);
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** A Markdown page as the Markdown engine hands it to the rules: its settings from the file, its HTML rendered. */
function checkMarkdown(text: string, html: string, options: CheckOptions & { rules: readonly Rule[] }): Seen[] {
  const source = sourceInfo(text, 'markdown', options);
  return runRules(HtmlPage.parse(html), source, options).map((raw) => {
    if (raw.ruleId !== 'internal-error' && raw.inSource !== true && !html) assert.fail('a settings finding must say its offsets are in the file');
    const offsetsIn = raw.inSource ? text : html;
    return { ruleId: raw.ruleId, at: where(offsetsIn, raw.start, raw.end), message: raw.message, fixes: raw.fixes };
  });
}

function checkHtml(text: string, options: CheckOptions & { rules: readonly Rule[] }): Seen[] {
  return check(text, options).map((finding) => ({
    ruleId: finding.ruleId,
    at: `${finding.range.start.line}:${finding.range.start.character}-${finding.range.end.line}:${finding.range.end.character}`,
    message: finding.message,
    fixes: finding.fixes,
  }));
}

/** Applies a fix as the editor does, typing `answer` into the box when the fix asks for words. */
function applyFix(text: string, fix: Fix, answer = ''): string {
  const edits = fix.ask
    ? [{ start: fix.ask.start, end: fix.ask.end, newText: fix.ask.before + escapeAnswer(fix.ask.escape, answer) + fix.ask.after }]
    : fix.edits;
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

const body = '<p>Our summer reading challenge starts on Monday.</p>';

describe('page settings rules', () => {
  describe('front-matter-title', () => {
    const title = [rule('front-matter-title')];

    it('a missing title is reported on the opening --- and the fix adds it first, quoted and escaped', () => {
      const text = '---\nlayout: post\n---\nBody';
      const [finding, ...rest] = checkMarkdown(text, body, { rules: title, generator: 'hugo' });
      assert.equal(rest.length, 0);
      assert.equal(finding!.at, '0:0-0:3');
      assert.equal(
        finding!.message,
        'This page has no title. Add title: "…" to the page settings between the --- lines at the top of the file: it is the link text people see in search results and the name of the browser tab.',
      );
      assert.equal(finding!.fixes[0]!.title, 'Add a page title…');
      assert.deepEqual(finding!.fixes[0]!.ask?.length, { min: 10, max: 60 });
      assert.equal(applyFix(text, finding!.fixes[0]!, 'Say "hi" to summer'), '---\ntitle: "Say \\"hi\\" to summer"\nlayout: post\n---\nBody');
    });

    it('writes TOML and JSON as TOML and JSON, keeping Windows line breaks', () => {
      const toml = '+++\r\ndraft = true\r\n[params]\r\nx = 1\r\n+++\r\nBody';
      const [tomlFinding] = checkMarkdown(toml, body, { rules: title, generator: 'hugo' });
      assert.match(tomlFinding!.message, /Add title = "…" to the page settings between the \+\+\+ lines/);
      assert.equal(
        applyFix(toml, tomlFinding!.fixes[0]!, 'Summer reading'),
        '+++\r\ntitle = "Summer reading"\r\ndraft = true\r\n[params]\r\nx = 1\r\n+++\r\nBody',
      );
      const json = '{\n  "draft": true\n}\nBody';
      const [jsonFinding] = checkMarkdown(json, body, { rules: title, generator: 'hugo' });
      assert.equal(jsonFinding!.at, '0:0-0:1');
      assert.equal(applyFix(json, jsonFinding!.fixes[0]!, 'Summer reading'), '{\n  "title": "Summer reading",\n  "draft": true\n}\nBody');
      const empty = '{}\nBody';
      assert.equal(
        applyFix(empty, checkMarkdown(empty, body, { rules: title, generator: 'hugo' })[0]!.fixes[0]!, 'Summer reading'),
        '{\n  "title": "Summer reading"\n}\nBody',
      );
    });

    it('a Markdown page without settings gets them, with the title, at the top', () => {
      const text = 'Just text.\n';
      const [finding] = checkMarkdown(text, '<p>Just text.</p>', { rules: title, generator: 'jekyll' });
      assert.equal(finding!.at, '0:0-0:10');
      assert.match(
        finding!.message,
        /^This page has no title\. Add page settings at the top of the file with a title \(a line with ---, then title: "…", then ---\)/,
      );
      assert.equal(applyFix(text, finding!.fixes[0]!, 'Summer reading'), '---\ntitle: "Summer reading"\n---\nJust text.\n');
    });

    it('a Jekyll README without settings is copied as is, not built into a page, so it is not asked for a title', () => {
      const text = 'How to edit this site.\n';
      assert.deepEqual(checkMarkdown(text, '<p>How to edit this site.</p>', { rules: title, generator: 'jekyll', path: 'README.md' }), []);
      assert.equal(checkMarkdown(text, '<p>How to edit this site.</p>', { rules: title, generator: 'jekyll', path: 'news.md' }).length, 1);
    });

    it('for MkDocs, Docusaurus and plain Markdown a first main heading is the title, and its length is checked there', () => {
      const text = '# Summer reading challenge\n\nText.';
      assert.deepEqual(checkMarkdown(text, '<h1>Summer reading challenge</h1><p>Text.</p>', { rules: title, generator: 'mkdocs' }), []);
      const short = checkMarkdown('# News', '<h1>News</h1>', { rules: title, generator: 'plain' });
      assert.equal(short.length, 1);
      assert.equal(short[0]!.at, '0:0-0:13');
      assert.equal(
        short[0]!.message,
        'The page title (its main heading) is only 4 characters. Say a little more (at least 10) so searchers can tell what the page is about.',
      );
      const hugo = checkMarkdown(text, '<h1>Summer reading challenge</h1>', { rules: title, generator: 'hugo' });
      assert.equal(hugo.length, 1, 'Hugo does not take the heading as the title');
    });

    it('an empty title is reported on its key; the fix writes inside the quotes', () => {
      const text = '---\ntitle: ""\n---\n';
      const [finding] = checkMarkdown(text, body, { rules: title, generator: 'eleventy' });
      assert.equal(finding!.at, '1:0-1:5');
      assert.equal(applyFix(text, finding!.fixes[0]!, 'A "quoted" title'), '---\ntitle: "A \\"quoted\\" title"\n---\n');
    });

    it('a title of the wrong length is reported on its value; the fix starts from it and quotes it', () => {
      const text = "---\ntitle: 'News'\n---\n";
      const [finding] = checkMarkdown(text, body, { rules: title, generator: 'jekyll' });
      assert.equal(finding!.at, '1:8-1:12');
      assert.equal(finding!.message, 'The page title is only 4 characters. Say a little more (at least 10) so searchers can tell what the page is about.');
      assert.equal(finding!.fixes[0]!.ask?.initialValue, 'News');
      assert.equal(applyFix(text, finding!.fixes[0]!, "Library news: what's on"), '---\ntitle: "Library news: what\'s on"\n---\n');
      const long = `---\ntitle: ${'Long words '.repeat(7)}end\n---\n`;
      const [tooLong] = checkMarkdown(long, body, { rules: title, generator: 'jekyll' });
      assert.match(tooLong!.message, /^The page title is 80 characters long\. Search engines cut titles off after about 60/);
      assert.equal(applyFix(long, tooLong!.fixes[0]!, 'Short and clear title'), '---\ntitle: "Short and clear title"\n---\n');
    });

    it('follows the keys and length options from the config', () => {
      const text = '---\ntitle: "Summer reading challenge"\nseo:\n  title: "Read"\n---\n';
      const config: CheckConfig = { rules: { 'front-matter-title': { keys: 'seo.title, title', minLength: 5 } } };
      const [finding] = checkMarkdown(text, body, { rules: title, generator: 'hugo', config });
      assert.equal(finding!.at, '3:10-3:14');
      assert.match(finding!.message, /only 4 characters\. Say a little more \(at least 5\)/);
    });

    it('says nothing about layouts, unreadable settings, or a whole HTML page with its own <title>', () => {
      assert.deepEqual(checkMarkdown('---\nlayout: base\n---\n', body, { rules: title, generator: 'jekyll', role: 'layout' }), []);
      assert.deepEqual(checkMarkdown('---\ntitle: "A\n---\n', body, { rules: title, generator: 'jekyll' }), []);
      assert.deepEqual(checkHtml('---\nlayout: null\n---\n<html><head><title>Summer reading</title></head></html>', { rules: title }), []);
      assert.deepEqual(checkHtml('<p>No settings at all</p>', { rules: title }), []);
    });

    it('checks HTML pages with settings (a Jekyll page filled into its layout)', () => {
      const text = `---\nlayout: page\n---\n${body}\n`;
      const [finding] = checkHtml(text, { rules: title });
      assert.equal(finding!.at, '0:0-0:3');
      assert.equal(applyFix(text, finding!.fixes[0]!, 'Summer reading'), `---\ntitle: "Summer reading"\nlayout: page\n---\n${body}\n`);
    });
  });

  describe('front-matter-description', () => {
    const description = [rule('front-matter-description')];

    it('a missing description is added after the title', () => {
      const text = '---\ntitle: "Summer reading"\ntags: [kids]\n---\n';
      const [finding] = checkMarkdown(text, body, { rules: description, generator: 'astro' });
      assert.equal(finding!.at, '0:0-0:3');
      assert.equal(
        finding!.message,
        'This page has no description for search results. Add description: "…" to the page settings between the --- lines at the top of the file, with 50–160 characters that sum up the page.',
      );
      assert.equal(
        applyFix(text, finding!.fixes[0]!, 'Books for everyone'),
        '---\ntitle: "Summer reading"\ndescription: "Books for everyone"\ntags: [kids]\n---\n',
      );
    });

    it("takes Hugo's summary and SEO plugins' keys", () => {
      const good = 'Who we are, where to find our three branches, and how the library is run.';
      assert.deepEqual(checkMarkdown(`+++\nsummary = "${good}"\n+++\n`, body, { rules: description, generator: 'hugo' }), []);
      assert.deepEqual(checkMarkdown(`---\nseo:\n  description: "${good}"\n---\n`, body, { rules: description, generator: 'jekyll' }), []);
      const [short] = checkMarkdown('{\n  "description": "About us."\n}\n', body, { rules: description, generator: 'hugo' });
      assert.equal(short!.at, '1:18-1:27');
      assert.equal(short!.message, 'The page description is 9 characters long: add a little more detail (at least 50).');
    });

    it('does not ask Docusaurus pages that start with a paragraph, nor plain Markdown without settings', () => {
      assert.deepEqual(checkMarkdown('---\ntitle: "Install"\n---\nText', body, { rules: description, generator: 'docusaurus' }), []);
      assert.deepEqual(checkMarkdown('# Notes\n', '<h1>Notes</h1>', { rules: description, generator: 'plain' }), []);
      assert.equal(checkMarkdown('Text\n', body, { rules: description, generator: 'eleventy' }).length, 1);
    });
  });

  describe('front-matter-image', () => {
    const image = [rule('front-matter-image')];

    it("adds Hugo's images as a list", () => {
      const text = '---\ntitle: "Summer reading"\n---\n';
      const [finding] = checkMarkdown(text, body, { rules: image, generator: 'hugo' });
      assert.equal(finding!.at, '0:0-0:3');
      assert.match(finding!.message, /Add images: \["\/images\/…"\] to the page settings/);
      assert.equal(applyFix(text, finding!.fixes[0]!, '/images/reading.jpg'), '---\nimages: ["/images/reading.jpg"]\ntitle: "Summer reading"\n---\n');
    });

    it('takes Astro heroImage and Jekyll image.path, and reports an empty list on its key', () => {
      assert.deepEqual(checkMarkdown('---\nheroImage: /a.jpg\n---\n', body, { rules: image, generator: 'astro' }), []);
      assert.deepEqual(checkMarkdown('---\nimage:\n  path: /a.jpg\n---\n', body, { rules: image, generator: 'jekyll' }), []);
      const [empty] = checkMarkdown('+++\nimages = []\n+++\n', body, { rules: image, generator: 'hugo' });
      assert.equal(empty!.at, '1:0-1:6');
      assert.deepEqual(empty!.fixes, []);
    });

    it('is not asked of pages without settings', () => {
      assert.deepEqual(checkMarkdown('Text', body, { rules: image, generator: 'hugo' }), []);
    });
  });

  describe('front-matter-draft', () => {
    const draft = [rule('front-matter-draft')];

    it('draft: true is a note on the setting; the fix publishes', () => {
      const text = '+++\ntitle = "A"\ndraft = true\n+++\n';
      const [finding] = checkMarkdown(text, body, { rules: draft, generator: 'hugo' });
      assert.equal(finding!.at, '2:0-2:12');
      assert.equal(finding!.message, 'This page is a draft: it will not be published until "draft = true" is removed or set to false.');
      assert.equal(finding!.fixes[0]!.title, 'Publish this page (set draft to false)');
      assert.equal(applyFix(text, finding!.fixes[0]!), '+++\ntitle = "A"\ndraft = false\n+++\n');
      const jekyll = '---\npublished: "false"\n---\n';
      const [unpublished] = checkMarkdown(jekyll, body, { rules: draft, generator: 'jekyll' });
      assert.equal(unpublished!.at, '1:0-1:18');
      assert.equal(applyFix(jekyll, unpublished!.fixes[0]!), '---\npublished: true\n---\n');
    });

    it("a page in Jekyll's _drafts folder is a note on its first line", () => {
      const text = '---\ntitle: "A"\n---\n';
      const [finding] = checkMarkdown(text, body, { rules: draft, generator: 'jekyll', path: '_drafts/summer.md' });
      assert.equal(finding!.at, '0:0-0:3');
      assert.match(finding!.message, /^This page is a draft: it is in the _drafts folder, so it will not be published until it is moved to the _posts folder/);
      assert.deepEqual(checkMarkdown(text, body, { rules: draft, generator: 'jekyll', path: '_posts/2025-06-01-summer.md' }), []);
    });
  });

  describe('front-matter-draft: dates', () => {
    const draft = [rule('front-matter-draft')];

    it('a Hugo publish date in the future, or an expiry date gone by, is a note on that setting', () => {
      const future = '+++\ntitle = "A"\ndate = 2020-01-01\npublishDate = 2999-06-01\n+++\n';
      const [later] = checkMarkdown(future, body, { rules: draft, generator: 'hugo' });
      assert.equal(later!.at, '3:0-3:24');
      assert.equal(
        later!.message,
        'This page is dated in the future (2999-06-01): it will not be published until then, unless the site is built with future pages included.',
      );
      const expired = '---\ndate: "2020-01-01"\nexpiryDate: 2021-01-01T10:00:00Z\n---\n';
      const [gone] = checkMarkdown(expired, body, { rules: draft, generator: 'hugo' });
      assert.equal(gone!.at, '2:0-2:32');
      assert.match(gone!.message, /^This page expired on 2021-01-01T10:00:00Z: it is no longer published\./);
      assert.deepEqual(checkMarkdown('---\ndate: 2020-01-01\n---\n', body, { rules: draft, generator: 'hugo' }), []);
    });

    it('a Jekyll post dated in the future, by its setting or its file name', () => {
      const [bySetting] = checkMarkdown('---\ndate: 2999-01-01 10:00:00 +0100\n---\n', body, {
        rules: draft,
        generator: 'jekyll',
        path: '_posts/2020-01-01-a.md',
      });
      assert.equal(bySetting!.at, '1:0-1:31');
      const [byName] = checkMarkdown('---\ntitle: A\n---\n', body, { rules: draft, generator: 'jekyll', path: 'blog/_posts/2999-01-01-a.md' });
      assert.equal(byName!.at, '0:0-0:3');
      assert.match(byName!.message, /dated in the future \(2999-01-01\)/);
      assert.deepEqual(
        checkMarkdown('---\ndate: 2999-01-01\n---\n', body, { rules: draft, generator: 'jekyll', path: 'about.md' }),
        [],
        'pages are not held back by their date',
      );
    });
  });

  describe('front-matter-noindex', () => {
    const noindex = [rule('front-matter-noindex')];

    it('noindex: true is a warning on the setting; the fix removes its line', () => {
      const text = '---\ntitle: "A"\nnoindex: true\n---\n';
      const [finding] = checkMarkdown(text, body, { rules: noindex, generator: 'eleventy' });
      assert.equal(finding!.at, '2:0-2:13');
      assert.equal(
        finding!.message,
        'This setting (noindex: true) tells search engines not to list this page, so people cannot find it by searching. If the page should be found, remove the setting.',
      );
      assert.equal(applyFix(text, finding!.fixes[0]!), '---\ntitle: "A"\n---\n');
    });

    it("Hugo's sitemap.disable, Docusaurus unlisted and JSON robots are reported without a line-removing fix where it is unsafe", () => {
      const hugo = '+++\n[sitemap]\n  disable = true\n+++\n';
      const [sitemap] = checkMarkdown(hugo, body, { rules: noindex, generator: 'hugo' });
      assert.equal(sitemap!.at, '2:2-2:16');
      assert.match(sitemap!.message, /leaves this page out of the site map/);
      assert.deepEqual(sitemap!.fixes, []);
      assert.equal(checkMarkdown('---\nunlisted: true\n---\n', body, { rules: noindex, generator: 'docusaurus' }).length, 1);
      const [json] = checkMarkdown('{ "robots": "noindex" }\n', body, { rules: noindex, generator: 'hugo' });
      assert.equal(json!.at, '0:2-0:21');
      assert.deepEqual(json!.fixes, []);
    });

    it('index, follow and sitemap: true hide nothing', () => {
      assert.deepEqual(checkMarkdown('---\nrobots: index, follow\nsitemap: true\nprivate: false\n---\n', body, { rules: noindex, generator: 'hugo' }), []);
    });
  });

  describe('front-matter-syntax', () => {
    it('one error at the mistake, while the rest of the page is still checked', () => {
      const text = '---\ntitle: "Summer\nlayout: post\n---\n<img src="a.jpg">\n';
      const findings = check(text);
      const syntax = findings.filter((finding) => finding.ruleId === 'front-matter-syntax');
      assert.equal(syntax.length, 1);
      assert.match(syntax[0]!.message, /^The page settings at the top of this file could not be read: /);
      assert.ok(
        findings.some((finding) => finding.ruleId === 'image-alt'),
        'the image below is still checked',
      );
      assert.ok(!findings.some((finding) => finding.ruleId.startsWith('front-matter-') && finding.ruleId !== 'front-matter-syntax'));
    });

    it('an unclosed block is reported on its opening line, in layouts too', () => {
      const text = '---\ntitle: "A"\n\n# Heading\n';
      const [finding] = checkMarkdown(text, body, { rules: [rule('front-matter-syntax')], generator: 'jekyll', role: 'layout' });
      assert.equal(finding!.at, '0:0-0:3');
      assert.equal(
        finding!.message,
        'The page settings at the top of this file could not be read: they are not closed. Add a line with --- after the last setting.',
      );
    });
  });
});
