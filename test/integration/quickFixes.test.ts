import * as assert from './assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  canTypeIntoInputBox,
  closeAllEditors,
  ofRule,
  openInEditor,
  quickFixesFor,
  runCodeAction,
  summarize,
  typeIntoInputBox,
  waitForDiagnostics,
} from './helpers';

/** Opens the page and returns the light bulb's actions on the first finding of `ruleId`. */
async function lightBulb(file: string, ruleId: string) {
  const editor = await openInEditor(file);
  const { actions } = await quickFixesFor(editor.document.uri, ruleId);
  return { editor, actions, titles: actions.map((action) => action.title) };
}

function pick(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `expected "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  return action;
}

describe('Quick fixes', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('offers the fixes, then "Why this matters", then turning the check off for the line / file, and last for everyone; the describing fix preferred', async () => {
    const { titles, actions } = await lightBulb('pages/fix-image-alt.html', 'image-alt');
    assert.deepEqual(titles, [
      'Describe this image…',
      'Mark as decoration (alt="")',
      'Why this matters: Images need alt text',
      'Turn off “Images need alt text” for this line',
      'Turn off “Images need alt text” for this file',
      'Turn off “Images need alt text” for everyone in this site',
    ]);
    assert.deepEqual(
      actions.map((action) => action.isPreferred === true),
      [true, false, false, false, false, false],
      'only the real fix is preferred',
    );
  });

  it('insert: "Mark as decoration" adds alt="" to the image', async () => {
    const { editor, actions } = await lightBulb('pages/fix-image-alt.html', 'image-alt');
    await runCodeAction(pick(actions, 'Mark as decoration (alt="")'));
    assert.equal(editor.document.lineAt(8).text, '  <img alt="" src="../images/fair.svg" width="320" height="180">');
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });

  it('replace: "Change to tabindex="0"" rewrites the value in place', async () => {
    const { editor, actions } = await lightBulb('pages/fix-replace.html', 'tabindex');
    await runCodeAction(pick(actions, 'Change to tabindex="0"'));
    assert.equal(editor.document.lineAt(12).text, '    <a href="/events" tabindex="0">All events</a>');
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'tabindex').length === 0);
  });

  it('fix all: source.fixAll.contentBridge applies every safe fix at once and leaves the rest', async () => {
    const editor = await openInEditor('pages/fix-all.html');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => ofRule(found, 'tabindex').length === 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.contentBridge',
    );
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Fix all safe Content Bridge problems (4)'],
    );
    await runCodeAction(actions[0]);
    assert.deepEqual(
      [1, 4, 12, 13, 14].map((line) => editor.document.lineAt(line).text),
      [
        '<html lang="en-GB">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        '    <p><span>New:</span> book stall and face painting.</p>',
        '    <a href="/events" tabindex="0">All events</a>',
        '    <img src="../images/fair.svg" width="320" height="180">',
      ],
    );
    const remaining = await waitForDiagnostics(uri, (found) => ofRule(found, 'tabindex').length === 0);
    assert.deepEqual(remaining.map(summarize), ['image-alt@14:4-14:59'], 'the image needs words, so it is left for the user');
  });

  it('ask for text: "Describe this image…" asks, counts, and writes the words in, escaped', async function () {
    if (!canTypeIntoInputBox()) this.skip();
    const { editor, actions } = await lightBulb('pages/fix-ask.html', 'image-alt');
    const done = runCodeAction(pick(actions, 'Describe this image…'));
    typeIntoInputBox('Children & parents at the "spring fair" book stall', 'ask-for-alt-text');
    assert.equal(await done, true);
    assert.equal(
      editor.document.lineAt(8).text,
      '  <img alt="Children & parents at the &quot;spring fair&quot; book stall" src="../images/fair.svg" width="320" height="180">',
    );
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });

  it('ask for text: "Add a page title…" puts the typed title into a new <title> in <head>', async function () {
    if (!canTypeIntoInputBox()) this.skip();
    const { editor, actions } = await lightBulb('pages/fix-document-title.html', 'document-title');
    const done = runCodeAction(pick(actions, 'Add a page title…'));
    typeIntoInputBox('Spring fair at Riverside Library');
    assert.equal(await done, true);
    assert.deepEqual(
      [2, 3, 4].map((line) => editor.document.lineAt(line).text),
      ['<head>', '  <title>Spring fair at Riverside Library</title>', '  <meta charset="utf-8">'],
    );
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'document-title').length === 0);
  });

  it('disable for this line: adds the comment above, indented, and the finding goes', async () => {
    const { editor, actions } = await lightBulb('pages/fix-disable-line.html', 'image-alt');
    await runCodeAction(pick(actions, 'Turn off “Images need alt text” for this line'));
    assert.equal(editor.document.lineAt(8).text, '  <!-- content-bridge-disable-next-line image-alt -->');
    assert.equal(editor.document.lineAt(9).text, '  <img src="../images/fair.svg" width="320" height="180">');
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });

  it('disable for this file: adds the comment on the first line, and the finding goes', async () => {
    const { editor, actions } = await lightBulb('pages/fix-disable-file.html', 'image-alt');
    await runCodeAction(pick(actions, 'Turn off “Images need alt text” for this file'));
    assert.equal(editor.document.lineAt(0).text, '<!-- content-bridge-disable image-alt -->');
    assert.equal(editor.document.lineAt(1).text, '<!DOCTYPE html>');
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });
});
