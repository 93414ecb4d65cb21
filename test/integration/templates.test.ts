import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, summarize, waitForDiagnostics } from './helpers';

describe('Templates and site generators', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('contentBridge').update('site.generator', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('a layout gets element checks only, and nothing inside its template code', async () => {
    const editor = await openInEditor('templates/layouts/base.html');
    // The image without alt text is real; the template language, the text inside <ol>, the noindex for test
    // builds and the missing title (its head partial has it) are not problems.
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length > 0);
    assert.deepEqual(diagnostics.map(summarize), ['image-alt@12:2-12:59']);
  });

  it('checks a Nunjucks template as HTML', async () => {
    const editor = await openInEditor('templates/pages/events.njk');
    assert.equal(editor.document.languageId, 'html');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length > 0);
    assert.deepEqual(diagnostics.map(summarize), ['link-text@6:12-6:39']);
  });

  it('checks a Handlebars template; the same id in both branches of {{#if}} is not a duplicate', async () => {
    const editor = await openInEditor('templates/pages/welcome.hbs');
    assert.equal(editor.document.languageId, 'handlebars');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length > 0);
    assert.deepEqual(diagnostics.map(summarize), ['image-alt@5:0-5:47']);
  });

  it('the site generator setting decides which folders hold layouts', async () => {
    const editor = await openInEditor('src/components/card.html');
    const uri = editor.document.uri;
    // This workspace is plain HTML, so src/components/ holds pages: a page needs a title.
    await waitForDiagnostics(uri, (found) => found.some((diagnostic) => summarize(diagnostic).startsWith('document-title@')));
    await vscode.workspace.getConfiguration('contentBridge').update('site.generator', 'astro', vscode.ConfigurationTarget.Workspace);
    // In an Astro site, src/components/ holds components: no page-level checks.
    await waitForDiagnostics(uri, (found) => found.length === 0);
  });
});
