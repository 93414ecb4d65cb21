import * as assert from 'node:assert/strict';
import { composeItRequest, type ComposableDraft, type ItRequestContext } from '../../../../src/core';

const draft: ComposableDraft = {
  kind: 'broken-page',
  title: '  The news page shows the old logo ',
  need: 'Please replace the logo in the header.',
  tried: 'I cleared my browser cache.',
  neededBy: '2026-12-18',
  include: { fileAndSelection: true, problems: true, git: true, linkToLines: true, environment: true },
};

const context: ItRequestContext = {
  today: '2026-12-01',
  file: { path: 'news/index.html', languageId: 'html' },
  selection: { text: '<img src="old-logo.png">\n<p>Use ``` fences</p>', startLine: 12, endLine: 13 },
  problems: [
    { line: 20, column: 3, severity: 'warning', code: 'meta-description', source: 'Content Bridge', message: 'The page description is empty.' },
    { line: 12, column: 1, severity: 'error', code: 'image-alt', source: 'Content Bridge', message: 'This image has no alt text.\nDescribe it.' },
  ],
  git: {
    branch: 'main',
    lastCommit: 'abc123def4567890abc123def4567890abc12345',
    uncommittedFiles: ['news/index.html', 'about.html'],
    remote: 'https://jane:hunter22secret@github.com/example/site.git',
    headPushed: true,
  },
  siteGenerator: 'Hugo',
  environment: { appName: 'Visual Studio Code', vscodeVersion: '1.100.3', extensionVersion: '0.2.0', uiKind: 'VS Code desktop', os: 'macOS 14.5' },
};

function sectionOf(body: string, heading: string): string | undefined {
  const start = body.indexOf(`## ${heading}\n\n`);
  if (start < 0) return undefined;
  const rest = body.slice(start + heading.length + 5);
  const end = rest.search(/\n\n## |\n\n---\n/);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('composeItRequest()', () => {
  const request = composeItRequest(draft, context);

  it('trims the title, labels the kind of support and starts with it', () => {
    assert.equal(request.title, 'The news page shows the old logo');
    assert.deepEqual(request.labels, ['broken-page']);
    assert.ok(
      request.body.startsWith(
        '## Kind of support\n\nA broken page\n\n## What I need\n\nPlease replace the logo in the header.\n\n## What I have tried\n\nI cleared my browser cache.',
      ),
    );
  });

  it('writes the date in words, with no note when there is time', () => {
    assert.equal(sectionOf(request.body, 'Needed by'), 'Friday 18 December 2026');
  });

  it('adds a gentle note when the date is sooner than three working days', () => {
    // Tuesday 1 December → Thursday 3 December is two working days away.
    const soon = composeItRequest({ ...draft, neededBy: '2026-12-03' }, context);
    assert.equal(
      sectionOf(soon.body, 'Needed by'),
      'Thursday 3 December 2026\n\n> This is 2 working days away. IT plans its work too — if it really cannot wait, a word on why helps them fit it in.',
    );
    const noDate = composeItRequest({ ...draft, neededBy: undefined }, context);
    assert.equal(sectionOf(noDate.body, 'Needed by'), 'No deadline.');
  });

  it('names the file, links to the lines at the commit and warns that the file has uncommitted changes', () => {
    assert.equal(
      sectionOf(request.body, 'Where'),
      'File: `news/index.html` (lines 12–13)\n\nLink to these lines: https://github.com/example/site/blob/abc123def4567890abc123def4567890abc12345/news/index.html#L12-L13\n\nThis file has changes that are not committed yet, so the lines there may differ.',
    );
  });

  it('says so when the commit is not pushed, instead of a broken link', () => {
    const unpushed = composeItRequest(draft, { ...context, git: { ...context.git, headPushed: false } });
    assert.match(sectionOf(unpushed.body, 'Where')!, /No link to these lines yet: the latest commit \(`abc123d`\) is not pushed, so IT cannot open it\.$/);
  });

  it('fences the selection safely', () => {
    assert.equal(sectionOf(request.body, 'Selected text (lines 12–13)'), '````html\n<img src="old-logo.png">\n<p>Use ``` fences</p>\n````');
  });

  it('lists only the problems in the selected lines, without rule ids', () => {
    assert.equal(sectionOf(request.body, 'Problems found in the selected lines'), '- Line 12, column 1 — **Error**: This image has no alt text. Describe it.');
    const wholeFile = composeItRequest(draft, { ...context, selection: undefined });
    assert.equal(
      sectionOf(wholeFile.body, 'Problems found in this file'),
      '- Line 12, column 1 — **Error**: This image has no alt text. Describe it.\n- Line 20, column 3 — **Warning**: The page description is empty.',
    );
  });

  it('gives the git state without the password in the remote address', () => {
    assert.equal(
      sectionOf(request.body, 'Git'),
      '- Branch: `main`\n- Latest commit: `abc123def4567890abc123def4567890abc12345`\n- Uncommitted changes: 2 files\n  - `news/index.html`\n  - `about.html`\n- Remote: https://github.com/example/site.git',
    );
    assert.ok(!request.body.includes('hunter22'));
  });

  it('gives the versions and the site generator', () => {
    assert.equal(
      sectionOf(request.body, 'Environment'),
      '- Editor: Visual Studio Code 1.100.3\n- Content Bridge: 0.2.0\n- Operating system: macOS 14.5\n- Runs in: VS Code desktop\n- Site generator: Hugo',
    );
  });

  it('leaves out every part whose box is not ticked', () => {
    const bare = composeItRequest(
      { ...draft, include: { fileAndSelection: false, problems: false, git: false, linkToLines: false, environment: false } },
      context,
    );
    assert.deepEqual(
      [...bare.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]),
      ['Kind of support', 'What I need', 'What I have tried', 'Needed by'],
    );
    const linkOnly = composeItRequest(
      { ...draft, include: { fileAndSelection: false, problems: false, git: false, linkToLines: true, environment: false } },
      context,
    );
    assert.match(sectionOf(linkOnly.body, 'Where')!, /^Link to these lines: https:\/\/github\.com\//);
    assert.doesNotMatch(linkOnly.body, /old-logo/);
  });

  it('says when the site is not in a git repository', () => {
    const noGit = composeItRequest(draft, { ...context, git: undefined });
    assert.equal(sectionOf(noGit.body, 'Git'), 'This site is not in a git repository, or git is not available.');
    assert.equal(sectionOf(noGit.body, 'Where'), 'File: `news/index.html` (lines 12–13)');
  });

  it('hides a secret in the selection and says what and where, with the file line', () => {
    const token = 'ghp_' + 'Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa';
    const withSecret = composeItRequest(
      { ...draft, need: `It fails with key sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}` },
      { ...context, selection: { text: `<p>Hello</p>\n<script>const key = "${token}";</script>`, startLine: 40, endLine: 41 } },
    );
    assert.ok(!withSecret.body.includes(token));
    assert.ok(!withSecret.body.includes('4eC39HqLyjWDarjtT1zdp7dc'));
    assert.deepEqual(withSecret.redactions, [
      { what: 'a Stripe key', where: 'what is needed', line: 1 },
      { what: 'a GitHub token', where: 'the selected text, line 41 of the file', line: 41 },
    ]);
    assert.equal(
      sectionOf(withSecret.body, 'Hidden for safety'),
      'Content Bridge hid 2 things that look like a password or key before this request was shown or sent:\n\n- A Stripe key in what is needed\n- A GitHub token in the selected text, line 41 of the file',
    );
    assert.match(withSecret.body, /const key = "\[hidden: a GitHub token\]";/);
  });

  it('hides a secret that arrives some other way, such as in a branch name, and returns the parts in order', () => {
    const token = 'ghp_' + 'Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa';
    const odd = composeItRequest(draft, { ...context, git: { ...context.git, branch: token } });
    assert.ok(!odd.body.includes(token));
    assert.deepEqual(odd.redactions, [{ what: 'a GitHub token', where: 'the git details', line: 1 }]);
    assert.deepEqual(
      odd.sections.map((part) => part.role),
      ['kind', 'need', 'tried', 'needed-by', 'context', 'context', 'context', 'context', 'context', 'hidden'],
    );
  });

  it('has no "hidden" section when nothing was hidden, and ends with the version', () => {
    assert.equal(request.redactions.length, 0);
    assert.doesNotMatch(request.body, /Hidden for safety/);
    assert.ok(request.body.endsWith('\n---\n_Prepared with Content Bridge 0.2.0._\n'));
  });

  it('falls back to a title and placeholders when the form is empty', () => {
    const empty = composeItRequest({ ...draft, title: ' \n ', need: '', tried: '' }, context);
    assert.equal(empty.title, 'Help needed with website content');
    assert.equal(sectionOf(empty.body, 'What I need'), '_(not described)_');
    assert.equal(sectionOf(empty.body, 'What I have tried'), '_Nothing yet._');
  });
});
