import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadIgnore } from '../../../src/cli/ignoreFiles';
import { runCli } from './runCli';

const page = (title: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<title>${title}</title>\n<meta name="description" content="A page of the Riverside Library site, with what readers need to know.">\n</head>\n<body>\n<main><h1>${title}</h1><img src="x.png"></main>\n</body>\n</html>\n`;

describe('content-bridge check: .gitignore files in every folder', function () {
  this.timeout(60_000);
  let site: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  };
  beforeEach(() => {
    site = mkdtempSync(path.join(tmpdir(), 'content-bridge-ignore-'));
    write('.gitignore', '_site/\n*.tmp.html\n');
    // Patterns of a folder's .gitignore are relative to that folder: `/private.html` is docs/private.html only.
    write('docs/.gitignore', '/private.html\ndrafts/\n!keep.tmp.html\n');
    write('docs/guides/.gitignore', '*.old.html\n');
    for (const file of [
      'index.html',
      'private.html',
      '_site/index.html',
      'news/a.tmp.html',
      'docs/index.html',
      'docs/private.html',
      'docs/guides/private.html',
      'docs/drafts/one.html',
      'docs/guides/drafts/two.html',
      'docs/guides/setup.old.html',
      'docs/setup.old.html',
      'docs/keep.tmp.html',
    ])
      write(file, page(file));
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  it('applies each .gitignore to its own folder and below, with its patterns relative to that folder', async () => {
    const isIgnored = await loadIgnore(site, ['news/']);
    const ignored = (file: string) => isIgnored(path.join(site, ...file.split('/')));
    assert.deepEqual(
      ['_site/index.html', 'news/a.tmp.html', 'docs/private.html', 'docs/drafts/one.html', 'docs/guides/drafts/two.html', 'docs/guides/setup.old.html'].filter(
        (file) => !ignored(file),
      ),
      [],
    );
    // A folder's file cannot take back what the folder above left out (git reads it the same way for files).
    assert.equal(ignored('docs/keep.tmp.html'), true);
    assert.deepEqual(
      ['index.html', 'private.html', 'docs/index.html', 'docs/guides/private.html', 'docs/setup.old.html'].filter((file) => ignored(file)),
      [],
    );
    assert.equal(isIgnored(path.join(path.dirname(site), 'elsewhere.html')), false);
  });

  it('check . leaves out the files the .gitignore files of subfolders name', () => {
    const run = runCli(['check', '.', '--format', 'json'], site);
    const files = [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((finding) => finding.file))].sort();
    assert.deepEqual(files, ['docs/guides/private.html', 'docs/index.html', 'docs/setup.old.html', 'index.html', 'private.html'], run.stderr);
  });

  it('checks a folder or file named on purpose even when a .gitignore leaves it out (a built site, a draft)', () => {
    const folder = runCli(['check', '_site', '--format', 'json'], site);
    assert.deepEqual([...new Set((JSON.parse(folder.stdout) as { file: string }[]).map((finding) => finding.file))], ['_site/index.html'], folder.stderr);
    const file = runCli(['check', 'docs/drafts/one.html', '--format', 'json'], site);
    assert.deepEqual([...new Set((JSON.parse(file.stdout) as { file: string }[]).map((finding) => finding.file))], ['docs/drafts/one.html'], file.stderr);
  });
});
