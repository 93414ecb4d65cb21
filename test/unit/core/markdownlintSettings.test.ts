import * as assert from 'node:assert/strict';
import { MarkdownlintSettings } from '../../../src/core/markdown/markdownlint/markdownlintSettings';
import { joinSettingsPath } from '../../../src/core/markdown/markdownlint/settingsPaths';

/** Settings files in memory: path (from the site's root, with /) → text. */
function siteOf(files: Record<string, string>, homeFolder?: string): { settings: MarkdownlintSettings; reads: string[] } {
  const reads: string[] = [];
  const settings = new MarkdownlintSettings({
    homeFolder,
    namesIn: (folder) => {
      const names = new Set<string>();
      for (const file of Object.keys(files)) {
        const slash = file.lastIndexOf('/');
        if ((slash === -1 ? '' : file.slice(0, slash)) === folder) names.add(file.slice(slash + 1));
      }
      return names;
    },
    read: (path) => {
      reads.push(path);
      return files[path];
    },
  });
  return { settings, reads };
}

const messages = (settings: MarkdownlintSettings) =>
  settings.notes().map((note) => `${note.file} ${note.line}:${note.character} ${note.severity}: ${note.message}`);

describe('markdownlint settings: nested folders and extends', () => {
  it('a page gets the settings file of its nearest folder, whole; the root file applies where no folder has one', () => {
    const { settings } = siteOf({
      '.markdownlint.json': '{ "MD018": false, "MD036": false }',
      'docs/.markdownlint.yaml': 'MD018: true\n',
    });
    assert.deepEqual(settings.forPage('post.md').config, { MD018: false, MD036: false });
    assert.deepEqual(settings.forPage('news/2026/post.md').config, { MD018: false, MD036: false });
    assert.deepEqual(settings.forPage('docs/guides/deep/page.md').config, { MD018: true });
    assert.equal(settings.forPage('docs/page.md').file, 'docs/.markdownlint.yaml');
    assert.deepEqual(messages(settings), []);
  });

  it('no settings file anywhere: none (Content Bridge chooses the rules)', () => {
    const { settings } = siteOf({});
    assert.deepEqual(settings.forPage('docs/page.md'), {});
  });

  it("extends is read relative to the file that says it; the file's own settings go over the extended ones, key by key", () => {
    const { settings } = siteOf({
      'docs/.markdownlint-cli2.jsonc': '{ "config": { "extends": "../config/base.jsonc", "MD018": true } }',
      'config/base.jsonc': '// shared\n{ "extends": "./more/first.yaml", "MD018": false, "MD045": false }',
      'config/more/first.yaml': 'MD045: true\nMD036: false\n',
    });
    assert.deepEqual(settings.forPage('docs/page.md').config, { MD045: false, MD036: false, MD018: true });
    assert.deepEqual(messages(settings), []);
  });

  it('reads each settings file once, however many folders share it', () => {
    const { settings, reads } = siteOf({
      'a/.markdownlint.json': '{ "extends": "../base.json" }',
      'b/.markdownlint.json': '{ "extends": "../base.json" }',
      'base.json': '{ "MD018": false }',
    });
    for (const page of ['a/1.md', 'a/2.md', 'b/1.md', 'b/deep/2.md']) assert.deepEqual(settings.forPage(page).config, { MD018: false });
    assert.deepEqual(reads.sort(), ['a/.markdownlint.json', 'b/.markdownlint.json', 'base.json']);
  });

  it('a missing extended file: a note at the extends value, and the settings written in the file still apply', () => {
    const { settings } = siteOf({ 'notes/.markdownlint.yaml': 'MD018: false\nextends: ../missing.json\n' });
    assert.deepEqual(settings.forPage('notes/page.md').config, { MD018: false });
    assert.deepEqual(messages(settings), [
      'notes/.markdownlint.yaml 1:9 error: "extends" names ../missing.json, and there is no such file (it is looked for next to this file). Only the settings written in this file are used.',
    ]);
  });

  it("a broken extended file: a note at its mistake and one at the extends; the file's own settings apply", () => {
    const { settings } = siteOf({ '.markdownlint.json': '{\n  "extends": "base.json",\n  "MD036": false\n}', 'base.json': '{ "MD018": false, }}' });
    assert.deepEqual(settings.forPage('page.md').config, { MD036: false });
    const found = messages(settings);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0], /^base\.json 0:19 error: This markdownlint settings file has a mistake here \(there is text after the last \}\)/);
    assert.equal(
      found[1],
      '.markdownlint.json 1:13 error: The settings this file extends (base.json) cannot be used: see the problem in that file. Only the settings written in this file are used.',
    );
  });

  it('a loop of extends stops where it comes back, with a note; nothing hangs', () => {
    const { settings } = siteOf({
      '.markdownlint.json': '{ "extends": "a.json", "MD001": false }',
      'a.json': '{ "extends": "./.markdownlint.json", "MD018": false }',
    });
    assert.deepEqual(settings.forPage('page.md').config, { MD018: false, MD001: false });
    assert.deepEqual(messages(settings), [
      'a.json 0:13 error: "extends" leads back to a file already on the way (./.markdownlint.json), so it is not followed again. Only the settings written in this file are used.',
    ]);
  });

  it('a chain of more than ten extends stops with a note', () => {
    const files: Record<string, string> = { '.markdownlint.json': '{ "extends": "1.json" }' };
    for (let i = 1; i <= 12; i++) files[`${i}.json`] = `{ "extends": "${i + 1}.json", "MD${String(i).padStart(3, '0')}": false }`;
    const { settings } = siteOf(files);
    const config = settings.forPage('page.md').config!;
    assert.equal(Object.keys(config).length, 10);
    assert.match(messages(settings).join('\n'), /"extends" leads through more than 10 files, so 11\.json is not read\./);
  });

  it('never runs JavaScript: a JavaScript extended file or one from a package is named in a note and not read', () => {
    const { settings, reads } = siteOf({
      'a/.markdownlint.json': '{ "extends": "./base.cjs", "MD018": false }',
      'a/base.cjs': 'module.exports = {}',
      'b/.markdownlint.json': '{ "extends": "markdownlint/style/relaxed", "MD018": false }',
      'c/.markdownlint.json': '{ "extends": 42, "MD018": false }',
    });
    for (const page of ['a/p.md', 'b/p.md', 'c/p.md']) assert.deepEqual(settings.forPage(page).config, { MD018: false });
    assert.ok(!reads.includes('a/base.cjs'));
    const [javaScript, fromPackage, notAName] = messages(settings);
    assert.equal(
      javaScript,
      'a/.markdownlint.json 0:13 error: "extends" names ./base.cjs, a JavaScript file: Content Bridge does not run JavaScript files, so it does not read it. Only the settings written in this file are used.',
    );
    assert.equal(
      fromPackage,
      'b/.markdownlint.json 0:13 error: "extends" names markdownlint/style/relaxed, which is not a file next to this one: settings that come from an installed package are not read by Content Bridge. Only the settings written in this file are used.',
    );
    assert.equal(
      notAName,
      'c/.markdownlint.json 0:13 error: "extends" should name another settings file, in quotes (for example "../.markdownlint.jsonc"). Only the settings written in this file are used.',
    );
  });

  it('a folder with a broken file or only a JavaScript file: the folder above applies, and the note says which file', () => {
    const { settings } = siteOf({
      '.markdownlint.yaml': 'MD018: false\n',
      'drafts/.markdownlint.json': '{ "MD018": true, }}',
      'tools/.markdownlint.cjs': 'module.exports = { MD018: true }',
    });
    assert.deepEqual(settings.forPage('drafts/page.md').config, { MD018: false });
    assert.deepEqual(settings.forPage('tools/page.md').config, { MD018: false });
    const found = messages(settings);
    assert.match(found[0], /^drafts\/\.markdownlint\.json 0:18 error: This markdownlint settings file has a mistake here/);
    assert.equal(
      found[1],
      'tools/.markdownlint.cjs 0:0 info: Content Bridge does not run JavaScript files, so it does not read the Markdown settings in .markdownlint.cjs: it checks Markdown pages with the settings in .markdownlint.yaml. To share settings with Content Bridge, write them in .markdownlint.jsonc or .markdownlint.yaml.',
    );
  });
});

describe('markdownlint settings: home folder and markdownlint-cli2 files', () => {
  it('~/ in extends is read from the home folder, and that file names its own extends from there', () => {
    const { settings, reads } = siteOf(
      {
        '.markdownlint-cli2.jsonc': '{ "config": { "extends": "~/team/markdownlint.yaml", "MD036": false } }',
        '/home/ana/team/markdownlint.yaml': 'extends: ./base.json\nMD018: false\n',
        '/home/ana/team/base.json': '{ "MD045": false, "MD018": true }',
      },
      '/home/ana',
    );
    assert.deepEqual(settings.forPage('news/post.md').config, { MD045: false, MD018: false, MD036: false });
    assert.deepEqual(messages(settings), []);
    assert.ok(reads.includes('/home/ana/team/base.json'), reads.join(', '));
  });

  it('a home folder on Windows: ~\\ works the same, with / in the path', () => {
    const { settings } = siteOf(
      { '.markdownlint.json': '{ "extends": "~\\\\shared.json" }', 'C:/Users/ana/shared.json': '{ "MD018": false }' },
      'C:\\Users\\ana',
    );
    assert.deepEqual(settings.forPage('post.md').config, { MD018: false });
    assert.deepEqual(messages(settings), []);
  });

  it("a missing file in the home folder: one note that says where it was looked for; the file's own settings apply", () => {
    const { settings } = siteOf({ '.markdownlint.yaml': 'MD036: false\nextends: ~/missing.yaml\n' }, '/home/ana');
    assert.deepEqual(settings.forPage('post.md').config, { MD036: false });
    assert.deepEqual(messages(settings), [
      '.markdownlint.yaml 1:9 error: "extends" names ~/missing.yaml, and there is no such file in your home folder (/home/ana/missing.yaml). Only the settings written in this file are used.',
    ]);
  });

  it('no home folder (VS Code for the Web): a note says so, nothing is read, and the rest keeps working', () => {
    const { settings, reads } = siteOf({ '.markdownlint.json': '{\n  "extends": "~/team.json",\n  "MD036": false\n}' });
    assert.deepEqual(settings.forPage('post.md').config, { MD036: false });
    assert.deepEqual(messages(settings), [
      '.markdownlint.json 1:13 error: "extends" names ~/team.json, a file in your home folder (~), and there is no home folder to look in here (VS Code for the Web cannot open files on your computer). Only the settings written in this file are used.',
    ]);
    assert.deepEqual(reads, ['.markdownlint.json']);
  });

  it('an extends beside "config" in .markdownlint-cli2 is passed over as markdownlint-cli2 does, with a note; "config" applies', () => {
    const { settings, reads } = siteOf({
      '.markdownlint-cli2.jsonc': '{\n  "extends": "base.json",\n  "config": { "MD036": false }\n}',
      'docs/.markdownlint-cli2.yaml': 'extends: ../base.json\nnoInlineConfig: true\n',
      'base.json': '{ "MD018": false }',
    });
    assert.deepEqual(settings.forPage('post.md').config, { MD036: false });
    // docs/ sets no rules of its own: the config above applies there too.
    assert.deepEqual(settings.forPage('docs/page.md').config, { MD036: false });
    assert.ok(!reads.includes('base.json'));
    assert.deepEqual(messages(settings), [
      '.markdownlint-cli2.jsonc 1:13 info: markdownlint does not read an "extends" written beside "config" in .markdownlint-cli2.jsonc, so the settings in base.json are not used. To use them, move it inside "config" (for example "config": { "extends": "base.json" }).',
      'docs/.markdownlint-cli2.yaml 0:9 info: markdownlint does not read an "extends" written beside "config" in .markdownlint-cli2.yaml, so the settings in ../base.json are not used. To use them, move it inside "config" (for example "config": { "extends": "../base.json" }).',
    ]);
  });

  it('"config" in .markdownlint-cli2 extends a file that itself extends one, relative to each file', () => {
    const { settings } = siteOf({
      'site/.markdownlint-cli2.yaml': 'config:\n  extends: ../shared/a.jsonc\n  MD018: true\n',
      'shared/a.jsonc': '{ "extends": "deeper/b.yml", "MD036": false }',
      'shared/deeper/b.yml': 'MD018: false\nMD045: false\n',
    });
    assert.deepEqual(settings.forPage('site/blog/post.md').config, { MD018: true, MD045: false, MD036: false });
    assert.deepEqual(messages(settings), []);
  });
});

describe('markdownlint settings: .markdownlint-cli2 and .markdownlint files together, as markdownlint-cli2 combines them', () => {
  // Each expectation was checked against markdownlint-cli2 0.24 on the same folders.
  const { settings } = siteOf({
    '.markdownlint-cli2.jsonc': '{ "config": { "MD018": false } }',
    '.markdownlint.json': '{ "MD041": false }',
    'a/.markdownlint-cli2.jsonc': '{ "config": { "MD041": false } }',
    'c/.markdownlint.json': '{ "MD036": false }',
    'c/d/.markdownlint-cli2.jsonc': '{ "noInlineConfig": true }',
    'f/.markdownlint-cli2.jsonc': '{ "config": { "MD036": false } }',
    'f/.markdownlint.yaml': 'MD041: false\n',
  });

  it('in one folder, .markdownlint.* wins over the config of .markdownlint-cli2.*', () => {
    assert.deepEqual(settings.forPage('e/page.md').config, { MD041: false });
    assert.deepEqual(settings.forPage('f/g/page.md'), { config: { MD041: false }, file: 'f/.markdownlint.yaml' });
  });

  it('the config of .markdownlint-cli2.* files adds up from the folders above, the nearest winning key by key', () => {
    assert.deepEqual(settings.forPage('a/b/page.md'), { config: { MD018: false, MD041: false }, file: 'a/.markdownlint-cli2.jsonc' });
  });

  it('a .markdownlint-cli2.* file without config sets no rules: the .markdownlint.* file above applies', () => {
    assert.deepEqual(settings.forPage('c/d/page.md').config, { MD036: false });
    assert.deepEqual(messages(settings), []);
  });
});

describe('markdownlint settings paths', () => {
  it('joins and resolves . and .., keeping what leaves the root, and takes absolute paths as written', () => {
    assert.equal(joinSettingsPath('docs', '../shared/base.json'), 'shared/base.json');
    assert.equal(joinSettingsPath('', '../../outside/base.json'), '../../outside/base.json');
    assert.equal(joinSettingsPath('a/b', './c/../d.yaml'), 'a/b/d.yaml');
    assert.equal(joinSettingsPath('docs', 'config\\base.json'), 'docs/config/base.json');
    assert.equal(joinSettingsPath('docs', '/etc/team/base.json'), '/etc/team/base.json');
    assert.equal(joinSettingsPath('docs', 'C:\\team\\base.json'), 'C:/team/base.json');
    assert.equal(joinSettingsPath('/home/ana/team', '../base.json'), '/home/ana/base.json');
    assert.equal(joinSettingsPath('C:/Users/ana', './base.json'), 'C:/Users/ana/base.json');
  });
});
