import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArguments } from '../../../src/cli/args';
import { defaultJobs, pagesForWorkers } from '../../../src/cli/jobs';
import { runCli } from './runCli';

/** A small site whose pages link to each other (some links broken), in HTML and Markdown, over several folders. */
function writeSite(root: string, pages: number): void {
  const write = (file: string, text: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const fileOf = (index: number) => `part-${index % 4}/${index % 3 === 0 ? `post-${index}.md` : `page-${index}.html`}`;
  const linkTo = (from: number, to: number) => {
    const target = path.posix.relative(path.posix.dirname(fileOf(from)), fileOf(to)).replace(/\.md$/, '.html');
    return to % 7 === 0 ? target.replace('.html', '-gone.html') : target;
  };
  for (let index = 0; index < pages; index++) {
    const next = (index * 13 + 5) % pages;
    const title = index % 10 === 0 ? 'Shared title for several pages' : `Page ${index} of the library site`;
    if (index % 3 === 0) {
      write(
        fileOf(index),
        `---\ntitle: "${title}"\n---\n\n# ${title}\n\n##Opening hours\n\nRead [the next page](${linkTo(index, next)}) or [click here](${linkTo(index, index)}).\n\n![](/images/photo-${index}.png)\n`,
      );
    } else {
      const body = `<main><h1>${title}</h1><p>See <a href="${linkTo(index, next)}">the next page</a>.</p><img src="/images/photo-${index % 5}.png"></main>`;
      write(fileOf(index), `<!doctype html>\n<html lang="en">\n<head>\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`);
    }
  }
  for (let image = 0; image < 5; image++) write(`images/photo-${image}.png`, 'PNG');
  // A page that is not text, and a broken markdownlint settings file: each explained once, whichever thread meets it.
  write('part-2/saved-image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
  write('part-1/.markdownlint.json', '{ "MD018": false, }}');
}

describe('content-bridge check --jobs (several threads)', function () {
  this.timeout(120_000);

  describe('the option', () => {
    it('takes a whole number of threads', () => {
      const command = parseArguments(['check', '.', '--jobs', '3']);
      assert.equal(command.kind === 'check' && command.limits.jobs, 3);
      const short = parseArguments(['check', '.', '-j', '1']);
      assert.equal(short.kind === 'check' && short.limits.jobs, 1);
      const none = parseArguments(['check', '.']);
      assert.equal(none.kind === 'check' && none.limits.jobs, undefined);
    });

    for (const wrong of ['0', 'two', '1.5', '-1', '65', '']) {
      it(`refuses --jobs '${wrong}' with a plain explanation`, () => {
        assert.throws(
          () => parseArguments(['check', '.', `--jobs=${wrong}`]),
          /'--jobs' needs how many pages to check at once, from 1 to 64\. For example: --jobs 2/,
        );
      });
    }

    it('uses this thread alone for a small check, and one thread per idle core (at most 8) for a large one', () => {
      assert.equal(defaultJobs(1, 2, 0), 1);
      assert.equal(defaultJobs(pagesForWorkers - 1, 2, 0), 1);
      assert.equal(defaultJobs(pagesForWorkers, 2, 0), 2);
      assert.equal(defaultJobs(10_000, 1, 0), 1);
      assert.equal(defaultJobs(10_000, 32, 0), 8);
      assert.equal(defaultJobs(10_000, 4, 1), 3, 'a core busy with other work is left to it');
      assert.equal(defaultJobs(10_000, 2, 0.52), 2, 'a core idle for half the time still pays on a large site');
      assert.equal(defaultJobs(10_000, 2, 0.8), 2);
      assert.equal(defaultJobs(10_000, 2, 1.2), 1);
      assert.equal(defaultJobs(10_000, 4, 3.5), 1);
      assert.equal(defaultJobs(10_000, 2, 12), 1, 'a busy machine gets one thread');
    });
  });

  describe('on a site of 150 pages', () => {
    let site: string;
    before(() => {
      site = mkdtempSync(path.join(tmpdir(), 'content-bridge-jobs-'));
      writeSite(site, 150);
    });
    after(() => rmSync(site, { recursive: true, force: true }));

    for (const format of ['json', 'text', 'sarif', 'github']) {
      it(`prints exactly what one thread prints (--format ${format}), with the checks across pages`, () => {
        const one = runCli(['check', '.', '--format', format, '--jobs', '1'], site);
        const three = runCli(['check', '.', '--format', format, '--jobs', '3'], site);
        assert.equal(one.status, 1, one.stderr);
        assert.ok(one.stdout.length > 10_000, 'the site has many findings');
        assert.ok(one.stdout.includes('missing-page'), 'a broken link between pages is found');
        assert.equal(three.stdout, one.stdout);
        assert.equal(three.status, one.status);
        assert.equal(three.stderr, one.stderr);
      });
    }

    it('explains a broken settings file once, however many threads read it', () => {
      const run = runCli(['check', '.', '--format', 'json', '--jobs', '3'], site);
      const notes = run.stderr.trimEnd().split('\n');
      assert.equal(notes.filter((line) => line.startsWith('content-bridge: part-1/.markdownlint.json, line 1')).length, 1, run.stderr);
    });

    it('gives the same findings for a folder or named files as for one thread', () => {
      const args = ['check', 'part-0', 'part-3', '--format', 'json'];
      assert.equal(runCli([...args, '--jobs', '2'], site).stdout, runCli([...args, '--jobs', '1'], site).stdout);
    });
  });
});
