import * as assert from './assert';
import * as vscode from 'vscode';
import type { ContentBridgeApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, waitForDiagnostics, workspaceFile } from './helpers';

const encoder = new TextEncoder();
const write = (path: string, text: string) => vscode.workspace.fs.writeFile(workspaceFile(path), encoder.encode(text));
const ofCheck = (diagnostics: vscode.Diagnostic[], id: string) =>
  diagnostics.filter((diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)) === id);
const missingPages = (diagnostics: vscode.Diagnostic[]) => ofCheck(diagnostics, 'missing-page');

describe('Whole site: menus in data files', () => {
  let api: ContentBridgeApi;

  before(async function () {
    this.timeout(120_000);
    api = await activateExtension();
    await closeAllEditors();
    await vscode.workspace.getConfiguration('contentBridge').update('site.generator', 'jekyll', vscode.ConfigurationTarget.Workspace);
    await write('_data/navigation.yml', '- title: Worst page\n  url: /site/worst.html\n- title: Gone\n  url: /no-such-page/\n');
  });

  after(async function () {
    this.timeout(60_000);
    api.site.check.clear();
    await api.site.history.clear();
    await vscode.workspace.getConfiguration('contentBridge').update('site.generator', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceFile('_data'), { recursive: true });
    for (const created of ['_includes', 'theme-only.md'])
      await vscode.workspace.fs.delete(workspaceFile(created), { recursive: true }).then(undefined, () => undefined);
  });

  it('reports a menu entry to a missing page on its line of the data file, and clears it when the menu is corrected', async function () {
    this.timeout(120_000);
    await api.site.runWithProgress();
    const menu = workspaceFile('_data/navigation.yml');
    const found = missingPages(await waitForDiagnostics(menu, (diagnostics) => missingPages(diagnostics).length > 0));
    assert.equal(found.length, 1, 'only the entry to the missing page');
    assert.deepEqual([found[0].range.start.line, found[0].range.start.character, found[0].range.end.character], [3, 7, 21]);
    assert.ok(found[0].message.includes('"/no-such-page/"'), found[0].message);

    // Corrected on disk: the menu is read again and the problem goes.
    await write('_data/navigation.yml', '- title: Worst page\n  url: /site/worst.html\n');
    await waitForDiagnostics(menu, (diagnostics) => missingPages(diagnostics).length === 0, 20_000);
  });

  it("a page linked only from the theme's menu, written with template code, is not called unlinked; without the menu it is", async function () {
    this.timeout(120_000);
    await write(
      'theme-only.md',
      '---\ntitle: Reached from the menu only\ndescription: A page the theme menu links with template code and nothing else.\n---\nText.\n',
    );
    await write('_includes/theme-nav.html', '<nav><a href="{% link theme-only.md %}">Menu only</a></nav>\n');
    await api.site.runWithProgress();
    const page = workspaceFile('theme-only.md');
    assert.deepEqual(ofCheck(vscode.languages.getDiagnostics(page), 'orphan-page'), []);
    assert.deepEqual(ofCheck(vscode.languages.getDiagnostics(workspaceFile('_includes/theme-nav.html')), 'missing-page'), []);
    // The menu goes: the page is reported as unlinked once the site is checked again.
    await vscode.workspace.fs.delete(workspaceFile('_includes/theme-nav.html'));
    await api.site.runWithProgress();
    await waitForDiagnostics(page, (diagnostics) => ofCheck(diagnostics, 'orphan-page').length === 1, 20_000);
  });
});
