import * as vscode from 'vscode';
import * as assert from '../integration/assert';
import { activateExtension, extensionId } from '../integration/helpers';

/** Only in the web run: proves the suites around it exercised the browser build, not the Node one. */
describe('VS Code for the Web', () => {
  before(activateExtension);

  it('runs the browser build of the extension in the web-worker extension host', () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'the web-worker host has no `process`');
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension?.isActive, 'the extension is active');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'a web-worker extension runs on the UI side');
  });
});
