import * as assert from 'node:assert/strict';
import { SiteIgnore } from '../../../src/core/site/siteIgnore';

describe('site: files the whole-site check leaves out', () => {
  it('follows .gitignore files, each in its own folder, the project ignore list, and never looks in node_modules or .git', () => {
    const site = new SiteIgnore(['drafts/', 'old/*.html'])
      .addGitignore('.gitignore', '# built pages\n_site/\n*.tmp.html\n!keep.tmp.html\n')
      .addGitignore('docs/.gitignore', 'private.md\n');
    const ignored = [
      '_site/index.html',
      'news/a.tmp.html',
      'drafts/one.md',
      'old/page.html',
      'docs/private.md',
      'node_modules/pkg/readme.md',
      '.git/description.html',
      'a/node_modules/x.html',
    ];
    const kept = ['index.html', 'keep.tmp.html', 'old/sub/page.html', 'private.md', 'docs/public.md', 'news/drafts.html'];
    assert.deepEqual(
      ignored.filter((path) => !site.ignores(path)),
      [],
    );
    assert.deepEqual(
      kept.filter((path) => site.ignores(path)),
      [],
    );
  });
});
