import * as assert from 'node:assert/strict';
import { formatDraft, newIssueUrl, parseDraft, parseGitRemote } from '../../../src/core';

describe('draft text', () => {
  it("round-trips a request through the reviewable Markdown, keeping the user's edits", () => {
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
