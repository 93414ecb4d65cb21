import * as vscode from 'vscode';
import type { DraftResult } from '../../src/extension/itRequest/itRequestCommands';
import * as assert from './assert';
import { activateExtension, closeAllEditors, openInEditor, waitForDiagnostics } from './helpers';

describe('Web: request IT help', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('drafts a request with the selection and the problems; without git it leaves the git part out', async () => {
    const editor = await openInEditor('pages/it-request.html');
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 3);
    editor.selection = new vscode.Selection(7, 0, 9, 0);

    const draft = await vscode.commands.executeCommand<DraftResult | undefined>('contentBridge.requestItHelp', {
      title: 'Fair photo needs a caption',
      need: 'Please add a caption under the fair photo.',
    });

    assert.ok(draft, 'the command returned a draft');
    assert.equal(draft.title, 'Fair photo needs a caption');
    assert.match(draft.body, /^## What I need\n\nPlease add a caption under the fair photo\./);
    assert.match(draft.body, /File: `pages\/it-request\.html` \(lines 8–9\)/);
    assert.ok(
      draft.body.includes('## Selected text (lines 8–9)\n\n```html\n  <h1>Spring fair</h1>\n  <img src="../images/fair.svg" width="320" height="180">\n```'),
      draft.body,
    );
    assert.ok(draft.body.includes('- Line 3, column 1 — **Error** `document-title`: This page has no title.'), draft.body);
    assert.ok(draft.body.includes('- Line 9, column 3 — **Error** `image-alt`: This image has no alt text.'), draft.body);
    // The web-worker host cannot reach the Git extension: the request must say so or leave the section out.
    const git = /## Git\n\n([^#]*)/.exec(draft.body);
    assert.ok(!git || git[1].startsWith('Not a git repository, or git is not available.'), `unexpected git section: ${git?.[0]}`);
    assert.ok(draft.body.includes(`- Editor: ${vscode.env.appName} ${vscode.version}\n- Content Bridge: 0.1.0`), draft.body);
    assert.ok(draft.body.includes('- Runs in: VS Code in a web browser'), draft.body);

    const review = vscode.window.activeTextEditor;
    assert.ok(review, 'the draft is open for review');
    assert.equal(review.document.languageId, 'markdown');
    assert.equal(review.document.getText(), `# Fair photo needs a caption\n\n${draft.body}`);
  });
});
