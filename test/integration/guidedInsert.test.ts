import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, canTypeIntoInputBox, closeAllEditors, openInEditor, screenshot, typeIntoInputBox, waitFor } from './helpers';
import type { ContentBridgeApi } from '../../src/extension/extension';
import type { RefusedAnswer } from '../../src/extension/inserts/prompts';

/** Collects each question as it shows, so a test answers them in order without missing a fast one. */
function questionLog(api: ContentBridgeApi) {
  const shown: string[] = [];
  const emitter = new vscode.EventEmitter<void>();
  const subscription = api.onDidShowInsertQuestion((prompt) => {
    shown.push(prompt);
    emitter.fire();
  });
  let answered = 0;
  return {
    /** Waits for the next question, checks it starts with `expected`, and types `answer` into it as a person would. */
    async answer(expected: string, answer: string, screenshotName?: string): Promise<void> {
      const prompt = await waitFor(
        emitter.event,
        () => shown[answered],
        15_000,
        () => `the question "${expected}" (shown so far: ${JSON.stringify(shown)})`,
      );
      answered++;
      assert.ok(prompt.startsWith(expected), `expected the question "${expected}", saw "${prompt}"`);
      typeIntoInputBox(answer, screenshotName);
    },
    dispose() {
      subscription.dispose();
      emitter.dispose();
    },
  };
}

describe('Guided inserts in VS Code', function () {
  this.timeout(90_000);
  let api: ContentBridgeApi;

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('inserts an image chosen from the site, with its real size, typed alt text and a path relative to the page', async function () {
    if (!canTypeIntoInputBox()) this.skip();
    const editor = await openInEditor('pages/insert.html');
    editor.selection = new vscode.Selection(11, 2, 11, 2);
    const questions = questionLog(api);
    try {
      const done = vscode.commands.executeCommand<boolean>('contentBridge.insert');
      await questions.answer('What would you like to insert?', 'Image');
      await questions.answer('Choose the image', 'riverside-fair', 'guided-insert-image-pick');
      await questions.answer('What does the image do on the page?', 'readers should know');
      await questions.answer('Describe the image for someone who cannot see it', 'Children at the "Books & Cake" stall', 'guided-insert-image-alt');
      assert.equal(await done, true);
    } finally {
      questions.dispose();
    }
    assert.equal(
      editor.document.lineAt(11).text,
      '<img src="../images/riverside-fair.png" alt="Children at the &quot;Books & Cake&quot; stall" width="12" height="7">',
    );
    await screenshot('guided-insert-image-done');
  });

  it('writes a link in Markdown, escaping only what Markdown would read as syntax', async function () {
    if (!canTypeIntoInputBox()) this.skip();
    const editor = await openInEditor('markdown/insert.md');
    editor.selection = new vscode.Selection(6, 0, 6, 0);
    const questions = questionLog(api);
    try {
      const done = vscode.commands.executeCommand<boolean>('contentBridge.insert', 'link');
      await questions.answer('Where does the link go?', '/events/spring-fair.html');
      await questions.answer('Write the words people click', 'Programme of the spring fair [PDF] & map');
      assert.equal(await done, true);
    } finally {
      questions.dispose();
    }
    assert.equal(editor.document.lineAt(6).text, '[Programme of the spring fair \\[PDF\\] & map](/events/spring-fair.html)');
  });

  it('refuses "click here" as link words and says why under the box, then writes the link with words that say where it goes', async function () {
    if (!canTypeIntoInputBox()) this.skip();
    const editor = await openInEditor('pages/insert.html');
    editor.selection = new vscode.Selection(11, 0, 11, 0);
    const refused: RefusedAnswer[] = [];
    const subscription = api.onDidRefuseInsertAnswer((refusal) => refused.push(refusal));
    const questions = questionLog(api);
    try {
      const done = vscode.commands.executeCommand<boolean>('contentBridge.insert', 'link');
      await questions.answer('Where does the link go?', '/events/spring-fair.html');
      await questions.answer('Write the words people click', 'click here');
      const refusal = await waitFor(
        api.onDidRefuseInsertAnswer,
        () => refused[0],
        15_000,
        () => 'the refusal of "click here"',
      );
      assert.deepEqual(refusal, {
        prompt: 'Write the words people click',
        answer: 'click here',
        reason:
          '"click here" does not say where the link goes. Screen reader users often hear only the links, and search engines read link text: write something that makes sense on its own, e.g. "Opening hours of the central library".',
      });
      assert.equal(editor.document.lineAt(11).text, '', 'nothing is written while the answer is refused');
      await screenshot('guided-insert-link-refused');
      typeIntoInputBox('Programme of the spring fair', undefined, { clear: true });
      assert.equal(await done, true);
    } finally {
      subscription.dispose();
      questions.dispose();
    }
    assert.equal(refused.length, 1, 'the better words were accepted');
    assert.equal(editor.document.lineAt(11).text, '<a href="/events/spring-fair.html">Programme of the spring fair</a>');
  });

  it('offers cb-insert everywhere, and head-only snippets only inside <head>', async () => {
    const editor = await openInEditor('pages/insert.html');
    const labels = async (position: vscode.Position) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
      return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    };
    const inHead = await labels(new vscode.Position(7, 0));
    const inBody = await labels(new vscode.Position(11, 0));
    assert.ok(
      inHead.includes('cb-description') && inHead.includes('cb-sharing') && inHead.includes('cb-canonical'),
      JSON.stringify(inHead.filter((label) => label.startsWith('cb-'))),
    );
    assert.ok(!inBody.includes('cb-description') && !inBody.includes('cb-sharing'), JSON.stringify(inBody.filter((label) => label.startsWith('cb-'))));
    assert.ok(inBody.includes('cb-insert') && inBody.includes('cb-image'), JSON.stringify(inBody.filter((label) => label.startsWith('cb-'))));
    const insert = (
      await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(11, 0))
    ).items.find((item) => item.label === 'cb-insert');
    assert.equal(insert?.command?.command, 'contentBridge.insert');
  });

  it('Escape at a question inserts nothing', async () => {
    const editor = await openInEditor('pages/insert.html');
    const before = editor.document.getText();
    const questions: string[] = [];
    const subscription = api.onDidShowInsertQuestion((prompt) => questions.push(prompt));
    try {
      const done = vscode.commands.executeCommand<boolean>('contentBridge.insert', 'heading');
      await waitFor(
        api.onDidShowInsertQuestion,
        () => questions[0],
        15_000,
        () => 'the first question',
      );
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(await done, false);
    } finally {
      subscription.dispose();
    }
    assert.equal(editor.document.getText(), before);
  });
});

describe('Plain-language hovers in VS Code', function () {
  this.timeout(60_000);

  before(async () => {
    await activateExtension();
  });

  after(closeAllEditors);

  const hoverText = async (uri: vscode.Uri, position: vscode.Position) => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
  };

  it("explains a heading tag and an attribute, with a link to the check's page", async () => {
    const editor = await openInEditor('pages/insert.html');
    const h2 = await hoverText(editor.document.uri, new vscode.Position(10, 4));
    assert.ok(h2.includes('**`<h2>`**: A section heading.'), h2);
    assert.ok(h2.includes('Headings go in order'), h2);
    assert.ok(h2.includes('command:contentBridge.showRuleDoc?'), h2);
    const lang = await hoverText(editor.document.uri, new vscode.Position(1, 7));
    assert.ok(lang.includes('Screen readers choose their voice by it'), lang);
    editor.selection = new vscode.Selection(10, 4, 10, 4);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await screenshot('guided-hover-h2');
  });

  it('on template code, says it is site code and to ask IT', async () => {
    const editor = await openInEditor('templates/layouts/base.html');
    const text = await hoverText(editor.document.uri, new vscode.Position(3, 6));
    assert.ok(text.includes('This is site code that builds the page; changing it changes every page that uses it — ask IT.'), text);
  });
});
