import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, summarize, waitForDiagnostics, workspaceFile } from './helpers';

describe('Diagnostics in the Problems panel', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("lists the page's problems when it opens, with exact ranges, plain messages and a link to the rule's doc", async () => {
    const editor = await openInEditor('pages/problems.html');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
    assert.deepEqual(diagnostics.map(summarize), ['document-title@2:0-2:6', 'meta-description@2:0-2:6', 'image-alt@8:2-8:57']);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.severity),
      [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Error],
    );
    const image = diagnostics[2];
    assert.equal(image.source, 'Content Bridge');
    assert.equal(
      image.message,
      'This image has no alt text. Screen reader users will not know what it shows. Describe it in alt="…", or use alt="" if it is only decoration.',
    );
    const code = image.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'image-alt');
    assert.match(code.target.path, /\/docs\/rules\/image-alt\.md$/);
    assert.ok((await vscode.workspace.fs.stat(code.target)).size > 0, 'the doc page exists');
  });

  it('reports nothing for a page without problems', async () => {
    const editor = await openInEditor('pages/clean.html');
    await openInEditor('pages/problems.html', vscode.ViewColumn.Two); // a page with problems proves checking has run
    await waitForDiagnostics(workspaceFile('pages/problems.html'));
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).map(summarize), []);
  });

  it('updates as the user types', async () => {
    const editor = await openInEditor('pages/problems.html');
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
    await editor.edit((builder) => builder.insert(new vscode.Position(8, 6), ' alt="Children at the spring fair"'));
    const after = await waitForDiagnostics(editor.document.uri, (found) => found.length === 2);
    assert.deepEqual(after.map(summarize), ['document-title@2:0-2:6', 'meta-description@2:0-2:6']);
    await editor.edit((builder) => builder.insert(new vscode.Position(3, 0), '  <title>Spring fair at Riverside Library</title>\n'));
    const final = await waitForDiagnostics(editor.document.uri, (found) => found.length === 1);
    assert.deepEqual(final.map(summarize), ['meta-description@2:0-2:6']);
  });

  it('clears the problems when the file is closed, and brings them back when it is reopened', async () => {
    const editor = await openInEditor('pages/problems.html');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => found.length === 3);
    await closeAllEditors();
    await waitForDiagnostics(uri, (found) => found.length === 0);
    await openInEditor('pages/problems.html');
    await waitForDiagnostics(uri, (found) => found.length === 3);
  });

  it('respects a rule turned off in settings', async () => {
    const settings = vscode.workspace.getConfiguration('contentBridge');
    await settings.update('rules', { 'meta-description': 'off', 'image-alt': 'warning' }, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openInEditor('pages/problems.html');
      const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length === 2);
      assert.deepEqual(diagnostics.map(summarize), ['document-title@2:0-2:6', 'image-alt@8:2-8:57']);
      assert.equal(diagnostics[1].severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
