import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, ofRule, openInEditor, summarize, waitForDiagnostics, workspaceFile } from './helpers';

const configUri = () => workspaceFile('.contentbridge.json');
const writeConfig = (text: string) => vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode(text));

describe('Project config (.contentbridge.json)', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('contentBridge').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.workspace.fs.delete(configUri());
    } catch {
      // Already gone.
    }
  });

  it("applies the team's severities; personal settings win over them", async () => {
    const editor = await openInEditor('pages/config.html');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (found) => found.some((d) => summarize(d).startsWith('image-alt@') && d.severity === vscode.DiagnosticSeverity.Error));
    await writeConfig('{\n  // shared by the whole team\n  "rules": { "image-alt": "info", "document-title": "off" }\n}\n');
    await waitForDiagnostics(
      uri,
      (found) =>
        ofRule(found, 'document-title').length === 0 &&
        found.some((d) => summarize(d).startsWith('image-alt@') && d.severity === vscode.DiagnosticSeverity.Information),
    );
    await vscode.workspace.getConfiguration('contentBridge').update('rules', { 'image-alt': 'warning' }, vscode.ConfigurationTarget.Workspace);
    const final = await waitForDiagnostics(uri, (found) =>
      found.some((d) => summarize(d).startsWith('image-alt@') && d.severity === vscode.DiagnosticSeverity.Warning),
    );
    assert.deepEqual(ofRule(final, 'document-title'), [], 'the project setting for other rules still applies');
  });

  it('a broken file gets one clear diagnostic, and the default checks keep working', async () => {
    await writeConfig('{\n  "rules": {\n    "image-alt": "off"\n    "document-title": "warning"\n  }\n}\n');
    const problems = await waitForDiagnostics(configUri(), (found) => found.length > 0);
    assert.deepEqual(problems.map(summarize), ['config@3:4-3:20']);
    assert.equal(
      problems[0].message,
      '.contentbridge.json could not be read (a comma was expected at line 4), so the default checks are used until it is fixed.',
    );
    assert.equal(problems[0].source, 'Content Bridge');
    const editor = await openInEditor('pages/config.html');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 1);
    assert.equal(diagnostics.find((d) => summarize(d).startsWith('image-alt@'))?.severity, vscode.DiagnosticSeverity.Error, 'defaults, not the broken file');
    await writeConfig('{ "rules": { "image-alt": "off" } }\n');
    await waitForDiagnostics(configUri(), (found) => found.length === 0);
    await waitForDiagnostics(editor.document.uri, (found) => ofRule(found, 'image-alt').length === 0);
  });
});
