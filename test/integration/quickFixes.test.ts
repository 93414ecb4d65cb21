import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, summarize, waitForDiagnostics } from './helpers';

/** Runs the quick fix a user would pick from the light bulb, and returns the editor afterwards. */
async function applyQuickFix(file: string, ruleId: string, title: string): Promise<vscode.TextEditor> {
  const editor = await openInEditor(file);
  const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => summarize(d).startsWith(`${ruleId}@`)));
  const diagnostic = diagnostics.find((d) => summarize(d).startsWith(`${ruleId}@`))!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    editor.document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const titles = actions.map((action) => action.title);
  assert.ok(titles.includes(title), `expected "${title}" among ${JSON.stringify(titles)}`);
  assert.ok(titles.some((candidate) => candidate.startsWith('Why this matters:')), `no "Why this matters" among ${JSON.stringify(titles)}`);
  const fix = actions.find((action) => action.title === title)!;
  assert.ok(fix.edit, 'the fix carries an edit');
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  return editor;
}

function cursorOf(editor: vscode.TextEditor): string {
  const { line, character } = editor.selection.active;
  return `${line}:${character}`;
}

describe('Quick fixes', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('image-alt: inserts alt="" and puts the cursor between the quotes', async () => {
    const editor = await applyQuickFix('pages/fix-image-alt.html', 'image-alt', 'Add alt text (alt="")');
    assert.equal(editor.document.lineAt(8).text, '  <img alt="" src="../images/fair.svg" width="320" height="180">');
    assert.equal(cursorOf(editor), '8:12');
    await waitForDiagnostics(editor.document.uri, (found) => !found.some((d) => summarize(d).startsWith('image-alt@')));
  });

  it('document-title: inserts a <title> in <head>, indented like its neighbours, cursor inside', async () => {
    const editor = await applyQuickFix('pages/fix-document-title.html', 'document-title', 'Add a page title');
    assert.deepEqual([2, 3, 4].map((line) => editor.document.lineAt(line).text), ['<head>', '  <title></title>', '  <meta charset="utf-8">']);
    assert.equal(cursorOf(editor), '3:9');
    await editor.edit((builder) => builder.insert(editor.selection.active, 'Spring fair'));
    await waitForDiagnostics(editor.document.uri, (found) => !found.some((d) => summarize(d).startsWith('document-title@')));
  });

  it('meta-description: inserts a description tag, cursor in its content', async () => {
    const editor = await applyQuickFix('pages/fix-meta-description.html', 'meta-description', 'Add a page description');
    assert.equal(editor.document.lineAt(3).text, '  <meta name="description" content="">');
    assert.equal(cursorOf(editor), '3:36');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => d.message.startsWith('The page description is empty')));
    assert.deepEqual(
      diagnostics.filter((d) => summarize(d).startsWith('meta-description@')).map(summarize),
      ['meta-description@3:2-3:38'],
    );
  });
});
