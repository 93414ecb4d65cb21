import * as assert from 'node:assert/strict';
import {
  builtModeLabel,
  builtPageAddress,
  builtPageAddressFromSettings,
  configuredDevServerPort,
  devServerFor,
  portInCommand,
  serverPortInOutput,
} from '../../../src/core';

describe('Built pages', () => {
  it("starts each generator's own server on its usual port", () => {
    assert.deepEqual(devServerFor('hugo'), { command: 'hugo server --port 1313', port: 1313, builtBy: 'Hugo', generator: 'hugo' });
    assert.equal(devServerFor('jekyll')?.command, 'bundle exec jekyll serve --port 4000');
    assert.equal(devServerFor('eleventy')?.command, 'npx --no-install @11ty/eleventy --serve --port=8080');
    assert.equal(devServerFor('astro')?.command, 'npm run dev -- --port 4321');
    assert.equal(devServerFor('astro')?.port, 4321);
  });

  it('uses a package.json dev script, then start, for other sites; none without one', () => {
    assert.equal(devServerFor('plain', { start: 'serve .', dev: 'vite' })?.command, 'npm run dev');
    assert.equal(devServerFor('plain', { start: 'serve .' })?.command, 'npm run start');
    assert.equal(devServerFor('plain', { start: 'serve .' })?.builtBy, 'npm run start');
    assert.equal(devServerFor('plain', { build: 'x', dev: 42 }), undefined);
    assert.equal(devServerFor('plain'), undefined);
    assert.equal(devServerFor('docusaurus', { start: 'docusaurus start' })?.port, 3000);
  });

  it('works out the address of a page on the server, per generator', () => {
    const eleventy = devServerFor('eleventy')!;
    assert.equal(builtPageAddress('index.md', eleventy), 'http://localhost:8080/');
    assert.equal(builtPageAddress('posts/hello.md', eleventy), 'http://localhost:8080/posts/hello/');
    assert.equal(builtPageAddress('src/about.md', eleventy), 'http://localhost:8080/about/');
    assert.equal(builtPageAddress('content/posts/hello.md', devServerFor('hugo')!), 'http://localhost:1313/posts/hello/');
    assert.equal(builtPageAddress('_posts/2024-05-01-hello.md', devServerFor('jekyll')!), 'http://localhost:4000/2024/05/01/hello.html');
    assert.equal(builtPageAddress('src/pages/about.astro.md', devServerFor('astro')!), 'http://localhost:4321/about.astro/');
    assert.equal(builtPageAddress('about.md', eleventy, { permalink: '/team/' }), 'http://localhost:8080/team/');
  });

  it('has no address for layouts and includes, which are parts of pages', () => {
    assert.equal(builtPageAddress('_includes/base.njk', devServerFor('eleventy')!), undefined);
    assert.equal(builtPageAddress('layouts/_default/single.html', devServerFor('hugo')!), undefined);
  });

  it('says which server built the page and where', () => {
    assert.equal(builtModeLabel(devServerFor('eleventy')!), 'Built by Eleventy at localhost:8080');
  });

  describe('the port', () => {
    it("is read from the flags of the site's own server script", () => {
      assert.equal(portInCommand('hugo server --port 1400 -D'), 1400);
      assert.equal(portInCommand('npx @11ty/eleventy --serve --port=8090'), 8090);
      assert.equal(portInCommand('PORT=5050 node server.js'), 5050);
      assert.equal(portInCommand('vite -p 5174'), 5174);
      assert.equal(portInCommand('vite --port 99999'), undefined, 'not a port');
      assert.equal(portInCommand('vite'), undefined);
      assert.equal(devServerFor('hugo', { dev: 'hugo server --port 1400 -D' })?.command, 'hugo server --port 1400');
      assert.equal(devServerFor('eleventy', { start: 'eleventy --serve --port=8090' })?.port, 8090);
      assert.equal(devServerFor('plain', { dev: 'vite --port 5174', start: 'serve -p 4000' })?.port, 5174, 'the script that is run');
      assert.equal(devServerFor('plain', { start: 'PORT=4000 node server.js' })?.port, 4000);
      assert.equal(configuredDevServerPort('hugo', { scripts: { build: 'hugo --port 1 ' } }), undefined, 'a script that does not start the server');
    });

    it("is read from the generator's settings file", () => {
      assert.equal(devServerFor('jekyll', {}, { jekyllConfig: 'title: Library\nport: 4001\n' })?.command, 'bundle exec jekyll serve --port 4001');
      assert.equal(devServerFor('jekyll', {}, { jekyllConfig: 'port: [\n' })?.port, 4000, 'settings that cannot be read: the usual port');
      assert.equal(
        devServerFor(
          'astro',
          {},
          { astroConfig: "import { defineConfig } from 'astro/config';\nexport default defineConfig({\n  server: { port: 3210, host: true },\n});\n" },
        )?.command,
        'npm run dev -- --port 3210',
      );
      assert.equal(devServerFor('astro', {}, { astroConfig: 'export default defineConfig({ site: "https://example.org" });' })?.port, 4321);
      assert.equal(devServerFor('eleventy', {}, { eleventyConfig: 'module.exports = (config) => { config.setServerOptions({ port: 8181 }); };' })?.port, 8181);
      assert.equal(
        devServerFor('eleventy', { start: 'eleventy --serve --port 8282' }, { eleventyConfig: 'config.setServerOptions({ port: 8181 })' })?.port,
        8282,
        'the script wins',
      );
    });

    it('is read from the address the server prints, colour codes and all', () => {
      assert.equal(serverPortInOutput('[11ty] Writing _site/index.html\n[11ty] Server at http://localhost:8081/\n'), 8081);
      assert.equal(serverPortInOutput('Web Server is available at http://localhost:1314/ (bind address 127.0.0.1)'), 1314);
      assert.equal(serverPortInOutput('    Server address: http://127.0.0.1:4002/\n  Server running... press ctrl-c to stop.'), 4002);
      assert.equal(serverPortInOutput(' astro  v4.0.0 ready in 300 ms\n┃ Local    http://localhost:4322/\n┃ Network  use --host to expose'), 4322);
      assert.equal(serverPortInOutput('  ➜  Local:   http://localhost:\u001b[1m5174\u001b[22m/\n'), 5174);
      assert.equal(serverPortInOutput('Network: http://192.168.1.4:3000 Local: http://127.0.0.1:3001'), 3001, 'only addresses on this computer');
      assert.equal(serverPortInOutput('see http://localhost:/ and then http://localhost:3002'), 3002);
      assert.equal(serverPortInOutput('Building… 40 pages'), undefined);
      // Linear on hostile output.
      const started = performance.now();
      serverPortInOutput('http://localhost:'.repeat(20_000) + '\u001b['.repeat(20_000));
      assert.ok(performance.now() - started < 1500, 'linear on hostile output');
    });
  });

  describe('the address from the page settings', () => {
    const eleventy = devServerFor('eleventy')!;
    const jekyll = devServerFor('jekyll')!;
    const hugo = devServerFor('hugo')!;

    it('follows a permalink, url or slug', () => {
      assert.equal(builtPageAddressFromSettings('events.md', '---\npermalink: /whats-on/\n---\n# Events', eleventy), 'http://localhost:8080/whats-on/');
      assert.equal(builtPageAddressFromSettings('events.md', '# Events', eleventy), 'http://localhost:8080/events/');
      assert.equal(builtPageAddressFromSettings('content/posts/fair.md', '+++\nslug = "summer-fair"\n+++\n', hugo), 'http://localhost:1313/posts/summer-fair/');
      assert.equal(builtPageAddressFromSettings('content/posts/fair.md', '---\nurl: /fair-2024/\n---\n', hugo), 'http://localhost:1313/fair-2024/');
      assert.equal(builtPageAddressFromSettings('about.md', '---\npermalink: /team.html\n---\n', jekyll), 'http://localhost:4000/team.html');
    });

    it('has none for a page that is not written (permalink: false), and ignores a permalink made by template code', () => {
      assert.equal(builtPageAddressFromSettings('drafts/note.md', '---\npermalink: false\n---\n', eleventy), undefined);
      assert.equal(
        builtPageAddressFromSettings('blog/fair.md', '---\npermalink: "/blog/{{ page.fileSlug }}/"\n---\n', eleventy),
        'http://localhost:8080/blog/fair/',
      );
    });

    it("fills in Jekyll's placeholders and follows the site's permalink style", () => {
      const post = '_posts/2024-05-01-summer-fair.md';
      assert.equal(builtPageAddressFromSettings(post, '---\npermalink: /news/:year/:title/\n---\n', jekyll), 'http://localhost:4000/news/2024/summer-fair/');
      assert.equal(
        builtPageAddressFromSettings(post, '---\ncategories: [events, kids]\n---\n', jekyll),
        'http://localhost:4000/events/kids/2024/05/01/summer-fair.html',
      );
      const pretty = devServerFor('jekyll', {}, { jekyllConfig: 'permalink: pretty\n' })!;
      assert.equal(builtPageAddressFromSettings(post, '# Fair', pretty), 'http://localhost:4000/2024/05/01/summer-fair/');
      assert.equal(builtPageAddressFromSettings('about.md', '# About', pretty), 'http://localhost:4000/about/');
      assert.equal(builtPageAddressFromSettings('about.md', '# About', jekyll), 'http://localhost:4000/about.html');
      const custom = devServerFor('jekyll', {}, { jekyllConfig: 'permalink: /:categories/:title/\n' })!;
      assert.equal(builtPageAddressFromSettings(post, '---\ncategory: news\n---\n', custom), 'http://localhost:4000/news/summer-fair/');
      assert.equal(
        builtPageAddressFromSettings(post, '---\npermalink: /:short_year/:title/\n---\n', jekyll),
        'http://localhost:4000/2024/05/01/summer-fair.html',
        'a placeholder not known here: the usual address',
      );
    });
  });
});
