import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, closeAllEditors, openInEditor, summarize, waitForDiagnostics } from './helpers';

describe('Web: quick fixes', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('image-alt: "Add alt text" inserts alt="" and puts the cursor between the quotes', async () => {
    const editor = await openInEditor('pages/fix-image-alt.html');
    const isImageAlt = (diagnostic: vscode.Diagnostic) => summarize(diagnostic).startsWith('image-alt@');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.some(isImageAlt));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      diagnostics.find(isImageAlt)!.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((action) => action.title);
    const fix = actions.find((action) => action.title === 'Add alt text (alt="")');
    assert.ok(fix, `expected "Add alt text (alt="")" among ${JSON.stringify(titles)}`);
    assert.ok(titles.some((title) => title.startsWith('Why this matters:')), `no "Why this matters" among ${JSON.stringify(titles)}`);
    assert.ok(fix.edit, 'the fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    assert.equal(editor.document.lineAt(8).text, '  <img alt="" src="../images/fair.svg" width="320" height="180">');
    const { line, character } = editor.selection.active;
    assert.equal(`${line}:${character}`, '8:12', 'the cursor is between the quotes');
    await waitForDiagnostics(editor.document.uri, (found) => !found.some(isImageAlt));
  });
});
