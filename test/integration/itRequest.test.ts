import * as assert from './assert';
import * as vscode from 'vscode';
import type { DraftResult, SendResult } from '../../src/extension/itRequest/itRequestCommands';
import { activateExtension, closeAllEditors, openInEditor, waitForDiagnostics } from './helpers';

describe('Request IT help', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('drafts an issue carrying the file, the selection with line numbers, the problems and the versions, for review', async () => {
    const editor = await openInEditor('pages/it-request.html');
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
    editor.selection = new vscode.Selection(7, 0, 9, 0);

    const draft = await vscode.commands.executeCommand<DraftResult>('contentBridge.requestItHelp', {
      title: 'Fair photo needs a caption',
      need: 'Please add a caption under the fair photo.',
    });

    assert.equal(draft.title, 'Fair photo needs a caption');
    assert.match(draft.body, /^## What I need\n\nPlease add a caption under the fair photo\./);
    assert.match(draft.body, /File: `pages\/it-request\.html` \(lines 8–9\)/);
    assert.ok(
      draft.body.includes('## Selected text (lines 8–9)\n\n```html\n  <h1>Spring fair</h1>\n  <img src="../images/fair.svg" width="320" height="180">\n```'),
      draft.body,
    );
    assert.ok(draft.body.includes('- Line 3, column 1 — **Error** `document-title`: This page has no title.'), draft.body);
    assert.ok(draft.body.includes('- Line 9, column 3 — **Error** `image-alt`: This image has no alt text.'), draft.body);
    assert.match(draft.body, new RegExp(`- Editor: ${escape(vscode.env.appName)} ${escape(vscode.version)}\\n- Content Bridge: 0\\.1\\.0`));

    const review = vscode.window.activeTextEditor;
    assert.ok(review, 'the draft is open for review');
    assert.equal(review.document.languageId, 'markdown');
    assert.equal(review.document.getText(), `# Fair photo needs a caption\n\n${draft.body}`);
    assert.equal(review.document.uri.toString(), draft.document.toString());
  });

  it('sends what the user reviewed and edited, to the clipboard', async () => {
    const review = vscode.window.activeTextEditor!;
    await review.edit((builder) => builder.insert(new vscode.Position(0, review.document.lineAt(0).text.length), ' (urgent)'));
    const sent = await vscode.commands.executeCommand<SendResult>('contentBridge.sendItRequest', { via: 'clipboard' });
    assert.equal(sent.via, 'clipboard');
    assert.equal(sent.title, 'Fair photo needs a caption (urgent)');
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, review.document.getText());
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
