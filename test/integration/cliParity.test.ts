import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, waitForDiagnostics, workspaceFile } from './helpers';

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

describe('The editor and the CLI agree', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('shows exactly the findings `content-bridge check --format json` reports for the same page', async () => {
    // test/unit/cli/parity.test.ts checks the CLI against the same file.
    const expected = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('pages/all-checks.expected.json'))),
    ) as ExpectedFinding[];
    const editor = await openInEditor('pages/all-checks.html');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length >= expected.length);
    const shown = diagnostics.map((diagnostic) => ({
      ruleId: String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code),
      severity: severityNames[diagnostic.severity],
      message: diagnostic.message,
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
      endLine: diagnostic.range.end.line + 1,
      endColumn: diagnostic.range.end.character + 1,
    }));
    const key = (finding: ExpectedFinding) => `${finding.line}:${finding.column}:${finding.ruleId}`;
    const sort = (findings: ExpectedFinding[]) => [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    assert.deepEqual(sort(shown), sort(expected));
  });
});
