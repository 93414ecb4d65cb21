import * as assert from 'node:assert/strict';
import { builtModeLabel, builtPageAddress, devServerFor } from '../../../src/core';

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
});
