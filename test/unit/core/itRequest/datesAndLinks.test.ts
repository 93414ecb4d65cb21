import * as assert from 'node:assert/strict';
import { linkToLines, parseRemoteAddress, readableDate, remoteWithoutCredentials, workingDaysUntil } from '../../../../src/core';

describe('workingDaysUntil()', () => {
  // 2026-12-01 is a Tuesday.
  it('counts Monday to Friday after today, up to and including the date', () => {
    assert.equal(workingDaysUntil('2026-12-01', '2026-12-02'), 1);
    assert.equal(workingDaysUntil('2026-12-01', '2026-12-04'), 3);
    assert.equal(workingDaysUntil('2026-12-01', '2026-12-06'), 3, 'the weekend does not count');
    assert.equal(workingDaysUntil('2026-12-01', '2026-12-07'), 4);
    assert.equal(workingDaysUntil('2026-12-04', '2026-12-07'), 1, 'Friday to Monday');
    assert.equal(workingDaysUntil('2026-12-01', '2027-12-01'), 261);
  });

  it('is zero for today and negative for the past', () => {
    assert.equal(workingDaysUntil('2026-12-01', '2026-12-01'), 0);
    assert.equal(workingDaysUntil('2026-12-01', '2026-11-30'), -1);
  });

  it('refuses dates that do not exist', () => {
    assert.equal(workingDaysUntil('2026-12-01', '2026-02-30'), undefined);
    assert.equal(workingDaysUntil('2026-12-01', 'next week'), undefined);
  });

  it('writes dates the same way everywhere', () => {
    assert.equal(readableDate('2026-12-04'), 'Friday 4 December 2026');
    assert.equal(readableDate('2028-02-29'), 'Tuesday 29 February 2028');
  });
});

describe('links to lines', () => {
  const commit = '0123456789abcdef0123456789abcdef01234567';

  it('GitHub, from https, ssh and scp-like remotes, never with the credentials', () => {
    for (const remote of [
      'https://github.com/example/site.git',
      'git@github.com:example/site.git',
      'ssh://git@github.com/example/site',
      'https://jane:s3cret@github.com/example/site',
    ]) {
      const repository = parseRemoteAddress(remote)!;
      assert.equal(
        linkToLines(repository, commit, 'news/index.html', { start: 3, end: 7 }),
        `https://github.com/example/site/blob/${commit}/news/index.html#L3-L7`,
        remote,
      );
    }
    assert.equal(
      linkToLines(parseRemoteAddress('https://github.example.com/team/site')!, commit, 'a b.html', { start: 4, end: 4 }),
      `https://github.example.com/team/site/blob/${commit}/a%20b.html#L4`,
    );
  });

  it('GitLab, with subgroups', () => {
    const repository = parseRemoteAddress('git@gitlab.com:council/web/site.git')!;
    assert.equal(linkToLines(repository, commit, 'index.html', { start: 3, end: 7 }), `https://gitlab.com/council/web/site/-/blob/${commit}/index.html#L3-7`);
    assert.equal(
      linkToLines(parseRemoteAddress('https://oauth2:glpat-abcdefabcdefabcdefab@gitlab.example.org:8443/web/site.git')!, commit, 'index.html'),
      `https://gitlab.example.org:8443/web/site/-/blob/${commit}/index.html`,
    );
  });

  it('Bitbucket', () => {
    assert.equal(
      linkToLines(parseRemoteAddress('https://jane@bitbucket.org/council/site.git')!, commit, 'about/index.html', { start: 10, end: 12 }),
      `https://bitbucket.org/council/site/src/${commit}/about/index.html#lines-10:12`,
    );
  });

  it('Azure DevOps, in its https, ssh and older forms', () => {
    const expected = `https://dev.azure.com/council/Web/_git/site?path=%2Fnews%2Findex.html&version=GC${commit}&line=5&lineEnd=7&lineStartColumn=1&lineEndColumn=1&lineStyle=plain&_a=contents`;
    for (const remote of [
      'https://council@dev.azure.com/council/Web/_git/site',
      'git@ssh.dev.azure.com:v3/council/Web/site',
      'https://council.visualstudio.com/Web/_git/site',
    ]) {
      assert.equal(linkToLines(parseRemoteAddress(remote)!, commit, 'news/index.html', { start: 5, end: 6 }), expected, remote);
    }
  });

  it('knows no link for other hosts or nonsense', () => {
    for (const remote of ['https://git.example.org/site.git', '/srv/git/site.git', 'not a remote', '', 'https://github.com/only-owner'])
      assert.equal(parseRemoteAddress(remote), undefined, remote);
  });

  it('drops user names and passwords from an address shown to IT, but keeps the shared ssh user', () => {
    assert.equal(remoteWithoutCredentials('https://jane:s3cret@github.com/example/site.git'), 'https://github.com/example/site.git');
    assert.equal(remoteWithoutCredentials('https://ghp_abc@github.com/example/site.git'), 'https://github.com/example/site.git');
    assert.equal(remoteWithoutCredentials('ssh://git@github.com/example/site'), 'ssh://git@github.com/example/site');
    assert.equal(remoteWithoutCredentials('git@github.com:example/site.git'), 'git@github.com:example/site.git');
  });
});
