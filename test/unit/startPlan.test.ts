import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './manifest';

interface StartPlan {
  vsixPath(root: string, manifest: { name: string; version: string }): string;
  installArgs(options: { entry: string; vsix: string; extensionsDir: string; userDataDir: string }): string[];
  installedWorkbenchUrl(options: { baseUrl: string; workspace: string }): string;
}

const loadPlan = async (): Promise<StartPlan> => (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'start-plan.mjs')).href)) as StartPlan;

describe('npm start (scripts/start-plan.mjs)', () => {
  it('installs the packaged .vsix into its own extensions folder, as a person installs an extension', async () => {
    const { vsixPath, installArgs } = await loadPlan();
    const vsix = vsixPath('/repo', { name: 'content-bridge', version: '0.1.0' });
    assert.equal(vsix, path.join('/repo', 'content-bridge-0.1.0.vsix'));
    const args = installArgs({ entry: '/host/entry.js', vsix, extensionsDir: '/data/extensions', userDataDir: '/data/user' });
    assert.equal(args[0], '/host/entry.js');
    assert.equal(args[args.indexOf('--install-extension') + 1], vsix);
    assert.equal(args[args.indexOf('--extensions-dir') + 1], '/data/extensions');
    assert.ok(!args.some((arg) => /extensionDevelopmentPath|extensionTestsPath/.test(arg)), args.join(' '));
  });

  it('opens the site with no development extension, so the window does not read "[Extension Development Host]"', async () => {
    const { installedWorkbenchUrl } = await loadPlan();
    const url = new URL(installedWorkbenchUrl({ baseUrl: 'http://127.0.0.1:3000', workspace: '/data/sample site' }));
    assert.deepEqual([...url.searchParams.keys()], ['folder']);
    assert.equal(url.searchParams.get('folder'), '/data/sample site');
    assert.ok(!url.search.includes('extensionDevelopmentPath'), url.href);
  });
});
