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

function pick(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `expected "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  return action;
}

describe('Page settings (front matter)', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('reports the empty title on its key, the missing description and picture on the opening ---', async () => {
    const editor = await openInEditor('pages/front-matter.html');
    const found = await waitForDiagnostics(editor.document.uri, (diagnostics) => ofRule(diagnostics, 'front-matter-title').length === 1);
    const settings = found.filter((diagnostic) =>
      String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code).startsWith('front-matter-'),
    );
    assert.deepEqual(settings.map(summarize).sort(), ['front-matter-description@0:0-0:3', 'front-matter-image@0:0-0:3', 'front-matter-title@2:0-2:5']);
    const title = settings.find((diagnostic) => summarize(diagnostic).startsWith('front-matter-title'));
    assert.equal(
      title?.message,
      'The page title is empty. Write a short title that says what this page is about: it is the link text people see in search results.',
    );
  });

  it('ask for text: "Write the page title…" writes the typed title inside the quotes, escaped', async function () {
    if (!canTypeIntoInputBox()) this.skip();
    const editor = await openInEditor('pages/front-matter.html');
    await waitForDiagnostics(editor.document.uri, (diagnostics) => ofRule(diagnostics, 'front-matter-title').length === 1);
    const { actions } = await quickFixesFor(editor.document.uri, 'front-matter-title');
    const done = runCodeAction(pick(actions, 'Write the page title…'));
    typeIntoInputBox('The "summer reading" challenge');
    assert.equal(await done, true);
    assert.equal(editor.document.lineAt(2).text, 'title: "The \\"summer reading\\" challenge"');
    await waitForDiagnostics(editor.document.uri, (diagnostics) => ofRule(diagnostics, 'front-matter-title').length === 0);
  });

  it('disable for this file: the comment goes below the settings, which stay first', async () => {
    const editor = await openInEditor('pages/front-matter-disable.html');
    await waitForDiagnostics(editor.document.uri, (diagnostics) => ofRule(diagnostics, 'front-matter-title').length === 1);
    const { actions } = await quickFixesFor(editor.document.uri, 'front-matter-title');
    await runCodeAction(pick(actions, 'Turn off “Page settings need a title of the right length” for this file'));
    assert.equal(editor.document.lineAt(0).text, '---');
    assert.equal(editor.document.lineAt(4).text, '---');
    assert.equal(editor.document.lineAt(5).text, '<!-- content-bridge-disable front-matter-title -->');
    await waitForDiagnostics(editor.document.uri, (diagnostics) => ofRule(diagnostics, 'front-matter-title').length === 0);
  });
});
