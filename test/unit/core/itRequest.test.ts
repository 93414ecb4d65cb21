import * as assert from 'node:assert/strict';
import { buildItRequest, formatDraft, newIssueUrl, parseDraft, parseGitRemote, type ItRequestInput } from '../../../src/core';

const input: ItRequestInput = {
  title: '  The news page shows the old logo ',
  need: 'Please replace the logo in the header.',
  file: { path: 'news/index.html', languageId: 'html' },
  selection: { text: '<img src="old-logo.png">\n<p>Use ``` fences</p>', startLine: 12, endLine: 13 },
  problems: [
    { line: 20, column: 3, severity: 'warning', code: 'meta-description', source: 'Content Bridge', message: 'The page description is empty.' },
    { line: 12, column: 1, severity: 'error', code: 'image-alt', source: 'Content Bridge', message: 'This image has no alt text.\nDescribe it.' },
  ],
  git: { branch: 'main', lastCommit: 'abc123def456', uncommittedChanges: 2, remote: 'https://github.com/example/site.git' },
  environment: { appName: 'Visual Studio Code', vscodeVersion: '1.100.3', extensionVersion: '0.1.0', uiKind: 'VS Code desktop' },
};

describe('buildItRequest()', () => {
  const request = buildItRequest(input);

  it('uses the trimmed title and puts the need first', () => {
    assert.equal(request.title, 'The news page shows the old logo');
    assert.ok(request.body.startsWith('## What I need\n\nPlease replace the logo in the header.'));
  });

  it('names the file and the selected lines, and fences the selection safely', () => {
    assert.match(request.body, /File: `news\/index\.html` \(lines 12–13\)/);
    assert.match(request.body, /## Selected text \(lines 12–13\)\n\n````html\n<img src="old-logo.png">\n<p>Use ``` fences<\/p>\n````/);
  });

  it('lists the problems in line order, one line each', () => {
    const problems = request.body.split('## Problems Content Bridge found in this file\n\n')[1].split('\n\n')[0];
    assert.equal(
      problems,
      [
        '- Line 12, column 1 — **Error** `image-alt`: This image has no alt text. Describe it.',
        '- Line 20, column 3 — **Warning** `meta-description`: The page description is empty.',
      ].join('\n'),
    );
  });

  it('includes git state and versions', () => {
    assert.match(request.body, /- Branch: `main`\n- Last commit: `abc123def456`\n- Uncommitted changes: 2 files\n- Remote: https:\/\/github\.com\/example\/site\.git/);
    assert.match(request.body, /- Editor: Visual Studio Code 1\.100\.3\n- Content Bridge: 0\.1\.0/);
  });

  it('says "None." when the file has no problems and leaves out absent parts', () => {
    const minimal = buildItRequest({ ...input, selection: undefined, git: undefined, problems: [] });
    assert.match(minimal.body, /## Problems Content Bridge found in this file\n\nNone\./);
    assert.doesNotMatch(minimal.body, /## Selected text|## Git/);
  });

  it('caps a very long problem list', () => {
    const many = Array.from({ length: 80 }, (_, index) => ({ line: index + 1, column: 1, severity: 'info' as const, message: `m${index}` }));
    const body = buildItRequest({ ...input, problems: many }).body;
    assert.match(body, /- …and 30 more\./);
    assert.doesNotMatch(body, /m50/);
  });
});

describe('draft text', () => {
  it('round-trips a request through the reviewable Markdown, keeping the user\'s edits', () => {
    const edited = formatDraft({ title: 'Old', body: 'Body\n' }).replace('# Old', '# New title').replace('Body', 'Edited body');
    assert.deepEqual(parseDraft(edited, 'fallback'), { title: 'New title', body: 'Edited body\n' });
    assert.deepEqual(parseDraft('No heading here', 'fallback'), { title: 'fallback', body: 'No heading here' });
  });
});

describe('issue trackers', () => {
  it('reads GitHub remotes in https, ssh, scp-like and shorthand forms', () => {
    for (const remote of ['https://github.com/example/site.git', 'git@github.com:example/site.git', 'ssh://git@github.com/example/site', 'example/site']) {
      assert.deepEqual(parseGitRemote(remote), { kind: 'github', host: 'github.com', owner: 'example', repo: 'site' }, remote);
    }
    assert.equal(parseGitRemote('https://gitlab.example.org/team/site.git'), undefined);
    assert.equal(parseGitRemote('not a remote'), undefined);
  });

  it('builds a prefilled new-issue address', () => {
    const tracker = parseGitRemote('example/site')!;
    const { url, bodyShortened } = newIssueUrl(tracker, 'Logo & header', 'Line one\nLine two');
    assert.equal(url, 'https://github.com/example/site/issues/new?title=Logo%20%26%20header&body=Line%20one%0ALine%20two');
    assert.equal(bodyShortened, false);
  });

  it('shortens a body that would make the address too long, and says so in it', () => {
    const { url, bodyShortened } = newIssueUrl(parseGitRemote('example/site')!, 'Long', 'x'.repeat(20000));
    assert.equal(bodyShortened, true);
    assert.ok(url.length <= 7500);
    assert.match(decodeURIComponent(url), /copied to the clipboard/);
  });
});
