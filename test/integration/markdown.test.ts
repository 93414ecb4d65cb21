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
  workspaceFile,
} from './helpers';

/** One finding as the CLI's JSON lists it (1-based), without the file. */
interface ExpectedFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

const severityNames: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
};

function pick(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `expected "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  return action;
}

function asCliFinding(diagnostic: vscode.Diagnostic): ExpectedFinding {
  return {
    ruleId: String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code),
    severity: severityNames[diagnostic.severity],
    message: diagnostic.message,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
  };
}

/** Opens the page and returns the light bulb's actions on the first finding of `ruleId`. */
async function lightBulb(file: string, ruleId: string) {
  const editor = await openInEditor(file);
  const { actions } = await quickFixesFor(editor.document.uri, ruleId);
  return { editor, actions, titles: actions.map((action) => action.title) };
}

const settingsFile = (name: string) => workspaceFile(name);
const writeFile = (name: string, text: string) => vscode.workspace.fs.writeFile(settingsFile(name), new TextEncoder().encode(text));
async function deleteQuietly(name: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(settingsFile(name));
  } catch {
    // Already gone.
  }
}

describe('Markdown pages', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('a post gets its findings at the exact Markdown places, with their messages', async () => {
    const editor = await openInEditor('markdown/post.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length >= POST_EXPECTED.length);
    assert.deepEqual(diagnostics.map((diagnostic) => `${summarize(diagnostic)} ${diagnostic.message}`).sort(), [...POST_EXPECTED].sort());
    assert.ok(diagnostics.every((diagnostic) => diagnostic.source === 'Content Bridge'));
  });

  it('shows exactly the findings `content-bridge check --format json` reports for the same post', async () => {
    // test/unit/cli/markdown.test.ts checks the CLI against the same file.
    const expected = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('markdown/post.expected.json'))),
    ) as ExpectedFinding[];
    const editor = await openInEditor('markdown/post.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length >= expected.length);
    const key = (finding: ExpectedFinding) => `${finding.line}:${finding.column}:${finding.ruleId}`;
    const sort = (findings: ExpectedFinding[]) => [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    assert.ok(expected.length >= 4);
    assert.deepEqual(sort(diagnostics.map(asCliFinding)), sort(expected));
  });

  it('offers the fix, then "Why this matters", then turning the check off for the line / file / everyone on a Markdown image', async () => {
    const { titles, actions } = await lightBulb('markdown/fix-alt.md', 'image-alt');
    assert.deepEqual(titles, [
      'Describe this image…',
      'Why this matters: Images need alt text',
      'Turn off “Images need alt text” for this line',
      'Turn off “Images need alt text” for this file',
      'Turn off “Images need alt text” for everyone in this site',
    ]);
    assert.equal(actions[0].isPreferred, true);
  });

  it('ask for text: the alt text typed into the input box lands inside ![…], escaped for Markdown', async function () {
    if (!canTypeIntoInputBox()) this.skip();
    const { editor, actions } = await lightBulb('markdown/fix-alt.md', 'image-alt');
    const done = runCodeAction(pick(actions, 'Describe this image…'));
    typeIntoInputBox('Children & parents at the [spring] fair *book* stall', 'markdown-alt-text');
    assert.equal(await done, true);
    assert.equal(editor.document.lineAt(8).text, '![Children & parents at the \\[spring\\] fair \\*book\\* stall](../images/fair.svg)');
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });

  it("a markdownlint fix applies: its quick fix adds the space after the heading's #", async () => {
    const { editor, titles, actions } = await lightBulb('markdown/fix-markdownlint.md', 'MD018');
    assert.equal(titles[0], 'Add a space after the #');
    assert.equal(actions[0].isPreferred, true);
    await runCodeAction(actions[0]);
    assert.equal(editor.document.lineAt(8).text, '## Programme');
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'MD018').length === 0);
  });

  it('fix all: applies the safe markdownlint fixes at once and leaves the image for the user', async () => {
    const editor = await openInEditor('markdown/fix-all.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => ofRule(found, 'MD039').length === 2);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.contentBridge',
    );
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Fix all safe Content Bridge problems (3)'],
    );
    await runCodeAction(actions[0]);
    assert.deepEqual(
      [8, 10].map((line) => editor.document.lineAt(line).text),
      ['## Programme', 'The stalls open at 10:00. See [the full timetable](https://example.org/fair/timetable) for the reading tent.'],
    );
    const remaining = await waitForDiagnostics(uri, (found) => ofRule(found, 'MD039').length === 0 && ofRule(found, 'MD018').length === 0);
    assert.deepEqual(remaining.map(summarize), ['image-alt@12:0-12:3']);
  });

  it('disable for this line: adds the comment above the image, and the finding goes', async () => {
    const { editor, actions } = await lightBulb('markdown/disable-line.md', 'image-alt');
    await runCodeAction(pick(actions, 'Turn off “Images need alt text” for this line'));
    assert.equal(editor.document.lineAt(8).text, '<!-- content-bridge-disable-next-line image-alt -->');
    assert.equal(editor.document.lineAt(9).text, '![](../images/fair.svg)');
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });

  it('inside a list a comment line would break the list: only "for this file" is offered, after the front matter', async () => {
    const { editor, titles, actions } = await lightBulb('markdown/disable-in-list.md', 'image-alt');
    assert.ok(!titles.includes('Turn off “Images need alt text” for this line'), JSON.stringify(titles));
    await runCodeAction(pick(actions, 'Turn off “Images need alt text” for this file'));
    assert.deepEqual(
      [4, 5].map((line) => editor.document.lineAt(line).text),
      ['---', '<!-- content-bridge-disable image-alt -->'],
    );
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });

  describe("the site's markdownlint settings", () => {
    afterEach(async () => {
      for (const name of ['.markdownlint.jsonc', '.markdownlint-cli2.cjs', 'markdown/.markdownlint.json', 'team-markdownlint.yaml']) await deleteQuietly(name);
    });

    it('.markdownlint.jsonc turns a markdownlint rule off; a broken one gets one problem and the defaults keep working', async () => {
      const editor = await openInEditor('markdown/settings.md');
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, (found) => ofRule(found, 'MD018').length === 1);
      await writeFile('.markdownlint.jsonc', '// the site build checks headings\n{ "MD018": false }\n');
      await waitForDiagnostics(uri, (found) => ofRule(found, 'MD018').length === 0);
      await writeFile('.markdownlint.jsonc', '{ "MD018": false, }}\n');
      const problems = await waitForDiagnostics(settingsFile('.markdownlint.jsonc'), (found) => found.length > 0);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].source, 'Content Bridge');
      assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
      assert.equal(problems[0].range.start.line, 0);
      assert.match(problems[0].message, /^This markdownlint settings file has a mistake here/);
      await waitForDiagnostics(uri, (found) => ofRule(found, 'MD018').length === 1);
    });

    it("a folder's own settings file wins over the site's, and the file it extends is read (and watched) next to it", async () => {
      const editor = await openInEditor('markdown/settings.md');
      const uri = editor.document.uri;
      await writeFile('.markdownlint.jsonc', '{ "MD018": false }\n');
      await waitForDiagnostics(uri, (found) => ofRule(found, 'MD018').length === 0);
      // The page's own folder now has a settings file: it replaces the site's whole, and its extended file is missing.
      await writeFile('markdown/.markdownlint.json', '{\n  "extends": "../team-markdownlint.yaml",\n  "MD036": false\n}\n');
      const problems = await waitForDiagnostics(settingsFile('markdown/.markdownlint.json'), (found) => found.length > 0);
      assert.deepEqual(
        problems.map(
          (problem) => `${summarize(problem)} ${problem.message} ${problem.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'not an error'}`,
        ),
        [
          `markdownlint-config@1:13-1:41 "extends" names ../team-markdownlint.yaml, and there is no such file (it is looked for next to this file). Only the settings written in this file are used. error`,
        ],
      );
      await waitForDiagnostics(uri, (found) => ofRule(found, 'MD018').length === 1);
      // Creating the extended file brings its settings in, and the problem goes away.
      await writeFile('team-markdownlint.yaml', '# the site build checks headings\nno-missing-space-atx: false\n');
      await waitForDiagnostics(uri, (found) => ofRule(found, 'MD018').length === 0);
      await waitForDiagnostics(settingsFile('markdown/.markdownlint.json'), (found) => found.length === 0);
    });

    it('an extends that starts with ~/ is looked for in the home folder on the desktop; VS Code for the Web says it has none', async () => {
      const editor = await openInEditor('markdown/settings.md');
      const uri = editor.document.uri;
      await writeFile('markdown/.markdownlint.json', '{\n  "extends": "~/content-bridge-test-no-such-settings.json",\n  "MD036": false\n}\n');
      const problems = await waitForDiagnostics(settingsFile('markdown/.markdownlint.json'), (found) => found.length > 0);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
      assert.equal(summarize(problems[0]), 'markdownlint-config@1:13-1:59');
      // The web-worker extension host (VS Code for the Web) has no Node and no home folder; every other host has one.
      const hasHomeFolder = Boolean((globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node);
      if (!hasHomeFolder)
        assert.equal(
          problems[0].message,
          '"extends" names ~/content-bridge-test-no-such-settings.json, a file in your home folder (~), and there is no home folder to look in here (VS Code for the Web cannot open files on your computer). Only the settings written in this file are used.',
        );
      else
        assert.match(
          problems[0].message,
          /^"extends" names ~\/content-bridge-test-no-such-settings\.json, and there is no such file in your home folder \(.+\/content-bridge-test-no-such-settings\.json\)\. Only the settings written in this file are used\.$/,
        );
      // The settings written in the file still apply, so the page is still checked with them.
      await waitForDiagnostics(uri, (found) => ofRule(found, 'MD018').length === 1);
    });

    it('a JavaScript settings file is never run: one note on it, and the defaults are used', async () => {
      await writeFile('.markdownlint-cli2.cjs', 'module.exports = { config: { MD018: false } };\n');
      const notes = await waitForDiagnostics(settingsFile('.markdownlint-cli2.cjs'), (found) => found.length > 0);
      assert.deepEqual(
        notes.map((note) => note.message),
        [
          "Content Bridge does not run JavaScript files, so it does not read the Markdown settings in .markdownlint-cli2.cjs: it checks Markdown pages with markdownlint's standard settings. To share settings with Content Bridge, write them in .markdownlint.jsonc or .markdownlint.yaml.",
        ],
      );
      const editor = await openInEditor('markdown/settings.md');
      await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'MD018').length === 1);
    });
  });
});

/** `rule@line:char-line:char message` for every finding on markdown/post.md (0-based, as VS Code counts). */
const POST_EXPECTED: readonly string[] = [
  'front-matter-title@1:0-1:5 The page title is empty. Write a short title that says what this page is about: it is the link text people see in search results.',
  'image-alt@8:0-8:3 This image has no alt text. Screen reader users will not know what it shows. Describe it in alt="…", or use alt="" if it is only decoration.',
  'heading-order@12:0-12:21 This heading (level 4) comes straight after a level 2 heading, so it skips a level. Screen reader users may think they missed a section. Make it level 3 (<h3>) and change its look with styles if needed.',
  'link-text@16:20-16:32 The link text "click here" does not say where the link goes. Rewrite it so it makes sense on its own, e.g. "Read more about the summer reading challenge".',
];
