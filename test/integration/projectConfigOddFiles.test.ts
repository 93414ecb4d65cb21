import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, ofRule, openInEditor, summarize, waitForDiagnostics, workspaceFile } from './helpers';

const configUri = () => workspaceFile('.contentbridge.json');
const writeConfig = (bytes: Uint8Array | string) =>
  vscode.workspace.fs.writeFile(configUri(), typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
/** Waits for the config's diagnostic that mentions `words` (an earlier test's diagnostic may not be gone yet). */
const configProblem = (words: string) => waitForDiagnostics(configUri(), (found) => found.length === 1 && found[0].message.includes(words));
const imageAltSeverity = (found: vscode.Diagnostic[]) => found.find((diagnostic) => summarize(diagnostic).startsWith('image-alt@'))?.severity;

/** The same odd config files the CLI tests use (test/unit/cli/hostileInput.test.ts): the editor says the same. */
describe('Project config: odd files', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAllEditors();
    try {
      await vscode.workspace.fs.delete(configUri());
    } catch {
      // Already gone.
    }
  });

  it('a config nested 5,000 deep gets one clear diagnostic, and the page is still checked with the defaults', async () => {
    await writeConfig(`{ "rules": { "image-alt": "off", "x": ${'['.repeat(5000)}${']'.repeat(5000)} } }`);
    const problems = await configProblem('nested too deeply');
    assert.equal(
      problems[0].message,
      '.contentbridge.json is nested too deeply to be read (more than 64 levels of { } or [ ]; settings need three or four), so the default checks are used until it is fixed.',
    );
    const editor = await openInEditor('pages/config.html');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 1);
    assert.equal(imageAltSeverity(diagnostics), vscode.DiagnosticSeverity.Error, 'the defaults apply');
  });

  it('"__proto__" is refused with a message and never applied', async () => {
    await writeConfig('{ "__proto__": { "rules": { "image-alt": "off" } } }');
    const problems = await configProblem('__proto__');
    assert.deepEqual(problems.map(summarize), ['config@0:2-0:13']);
    assert.equal(
      problems[0].message,
      '.contentbridge.json uses the name "__proto__", which is not a setting and is never applied. Remove it; meanwhile the default checks are used.',
    );
    const editor = await openInEditor('pages/config.html');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 1);
    assert.equal(imageAltSeverity(diagnostics), vscode.DiagnosticSeverity.Error);
  });

  it('a lower limit above the upper one is reported; a byte-order mark is fine', async () => {
    const text = '\ufeff{ "rules": { "image-alt": "info", "document-title": { "minLength": 80, "maxLength": 70 } } }';
    await writeConfig(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.slice(1))]));
    const problems = await configProblem('minLength');
    assert.equal(
      problems[0].message,
      '.contentbridge.json: "document-title".minLength (80) is more than maxLength (70), so every page would be reported. Those entries are ignored; the rest of the file applies.',
    );
    const editor = await openInEditor('pages/config.html');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => imageAltSeverity(found) === vscode.DiagnosticSeverity.Information);
    assert.equal(ofRule(diagnostics, 'image-alt').length, 1);
  });
});
