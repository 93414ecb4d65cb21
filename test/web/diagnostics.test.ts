import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, closeAllEditors, extensionId, openInEditor, summarize, waitForDiagnostics } from './helpers';

describe('Web: diagnostics in the Problems panel', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('runs the browser build, not the Node one', () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'the web-worker host has no `process`');
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension?.isActive, 'the extension is active');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'a web-worker extension runs on the UI side');
  });

  it('lists the page\'s problems when it opens, with exact ranges and messages', async () => {
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
    assert.ok((await vscode.workspace.fs.stat(code.target)).size > 0, `the doc page ${code.target.toString()} exists`);
  });
});
