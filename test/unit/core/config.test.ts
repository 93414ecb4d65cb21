import * as assert from 'node:assert/strict';
import { check, mergeConfigs, parseProjectConfig, resolveRule, ruleById } from '../../../src/core';

const page = (title: string) => `<!doctype html>
<html lang="en">
<head>
  <title>${title}</title>
  <meta name="description" content="Read six books this summer, collect stamps at the front desk and win a certificate.">
</head>
<body><h1>Summer</h1></body>
</html>
`;
const titleRule = ruleById('document-title')!;

describe('project config (.contentbridge.json)', () => {
  it('reads severities and options, allowing comments and trailing commas', () => {
    const parsed = parseProjectConfig(`{
      // the whole team's settings
      "rules": {
        "meta-description": "off",
        "document-title": { "severity": "warning", "maxLength": 70, },
      },
    }`);
    assert.equal(parsed.problem, undefined);
    assert.deepEqual(parsed.config, { rules: { 'meta-description': 'off', 'document-title': { severity: 'warning', maxLength: 70 } } });
  });

  it('treats an empty file as no settings', () => {
    assert.deepEqual(parseProjectConfig('  \n'), { config: {} });
  });

  it('a file that does not parse gives the defaults and one problem at the mistake', () => {
    const text = '{\n  "rules": {\n    "image-alt": "off"\n    "document-title": "warning"\n  }\n}\n';
    const parsed = parseProjectConfig(text);
    assert.deepEqual(parsed.config, {});
    assert.ok(parsed.problem);
    assert.match(parsed.problem.message, /could not be read \(a comma was expected at line 4\), so the default checks are used/);
    assert.equal(text.slice(parsed.problem.start, parsed.problem.start + 16), '"document-title"');
  });

  it('leaves out wrong entries, keeps the rest, and says what was wrong in one message', () => {
    const parsed = parseProjectConfig(
      JSON.stringify({ rules: { 'image-alt': 'loud', 'no-such-rule': 'off', 'document-title': { maxLength: 'seventy' }, 'meta-description': 'info' } }),
    );
    assert.deepEqual(parsed.config, { rules: { 'document-title': {}, 'meta-description': 'info' } });
    assert.equal(
      parsed.problem?.message,
      '.contentbridge.json: "image-alt" must be one of "off", "error", "warning", "info", not "loud" (and 2 more problems). Those entries are ignored; the rest of the file applies.',
    );
  });

  it('reads "docsUrl", the address of the check pages for CI reports, and refuses one that is not a web address', () => {
    const parsed = parseProjectConfig('{ "docsUrl": "https://github.com/riverside/content-bridge/blob/main/" }');
    assert.deepEqual(parsed, { config: { rules: {} }, docsUrl: 'https://github.com/riverside/content-bridge/blob/main/' });
    const wrong = parseProjectConfig('{ "docsUrl": "docs/rules", "rules": { "image-alt": "off" } }');
    assert.equal(wrong.docsUrl, undefined);
    assert.deepEqual(wrong.config, { rules: { 'image-alt': 'off' } });
    assert.equal(
      wrong.problem?.message,
      '.contentbridge.json: "docsUrl" must be the web address where the docs/rules pages are published, like "https://github.com/your-org/content-bridge/blob/main/". Those entries are ignored; the rest of the file applies.',
    );
  });

  it("names a rule's options when an unknown one is used", () => {
    const parsed = parseProjectConfig('{ "rules": { "document-title": { "max": 70 } } }');
    assert.match(parsed.problem?.message ?? '', /"document-title" has no option "max" \(it has "minLength", "maxLength"\)/);
  });

  it('rejects what is not an object of rules', () => {
    assert.match(parseProjectConfig('[1, 2]').problem?.message ?? '', /must hold an object/);
    assert.match(parseProjectConfig('{ "rules": [] }').problem?.message ?? '', /"rules" must be an object/);
    assert.match(parseProjectConfig('{ "rulez": {} }').problem?.message ?? '', /"rulez" is not a setting/);
  });

  it('reads "site", the site generator that overrides detection', () => {
    assert.deepEqual(parseProjectConfig('{ "site": "hugo" }'), { config: { rules: {} }, site: 'hugo' });
    const wrong = parseProjectConfig('{ "site": "wordpress", "rules": { "image-alt": "off" } }');
    assert.equal(wrong.site, undefined);
    assert.deepEqual(wrong.config, { rules: { 'image-alt': 'off' } });
    assert.match(wrong.problem?.message ?? '', /"site" must be one of "hugo", "jekyll", "eleventy", "astro", "docusaurus", "mkdocs", "plain"/);
  });
});

describe('config layers', () => {
  it("personal settings win rule by rule; a severity string keeps the project's options", () => {
    const project = { rules: { 'document-title': { severity: 'warning' as const, maxLength: 70 }, 'image-alt': 'off' as const } };
    const personal = { rules: { 'document-title': 'info' as const } };
    const merged = mergeConfigs(project, personal);
    assert.deepEqual(resolveRule(titleRule.meta, merged), { severity: 'info', options: { maxLength: 70 } });
    assert.equal(resolveRule(ruleById('image-alt')!.meta, merged).severity, 'off');
  });

  it('limits crossed only by layering (site minimum over a personal maximum) fall back to the defaults, so not every page is reported', () => {
    const project = { rules: { 'document-title': { minLength: 50 } } };
    const personal = { rules: { 'document-title': { maxLength: 40 } } };
    const merged = mergeConfigs(project, personal);
    assert.deepEqual(resolveRule(titleRule.meta, merged).options, { minLength: undefined, maxLength: undefined });
    const fortyFive = 'Summer reading challenge: six books and stamps';
    assert.deepEqual(check(page(fortyFive), { rules: [titleRule], config: merged }), []);
  });

  it('options change what is reported: a 65-character title passes with maxLength 70', () => {
    const title = 'Summer reading challenge 2026: six books, stamps and certificates';
    assert.equal([...title].length, 65);
    assert.deepEqual(
      check(page(title), { rules: [titleRule] }).map((finding) => finding.message),
      ['The page title is 65 characters long. Search engines cut titles off after about 60: put the words that matter first and shorten it.'],
    );
    assert.deepEqual(check(page(title), { rules: [titleRule], config: { rules: { 'document-title': { maxLength: 70 } } } }), []);
  });

  it('severity from the config is what findings carry; "off" skips the rule', () => {
    const short = page('Summer');
    assert.equal(check(short, { rules: [titleRule], config: { rules: { 'document-title': 'info' } } })[0].severity, 'info');
    assert.deepEqual(check(short, { rules: [titleRule], config: { rules: { 'document-title': 'off' } } }), []);
  });
});
