// What `npm start` runs, as plain data (unit-tested): Content Bridge is installed from its package (.vsix) into a
// fresh extensions folder, as a person installs it, and VS Code opens the site with no development extension — so
// the window reads as VS Code, not "[Extension Development Host]", and the extension starts as it will for users.
import path from 'node:path';

/** The file `npm run package` (vsce) writes: `<name>-<version>.vsix` in the repository root. */
export function vsixPath(repoRoot, manifest) {
  return path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
}

/** code-server's command line that installs the package into `extensionsDir` and exits. */
export function installArgs({ entry, vsix, extensionsDir, userDataDir }) {
  return [entry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'];
}

/** The address that opens `workspace` in the browser: only the folder, no development or test extension. */
export function installedWorkbenchUrl({ baseUrl, workspace }) {
  return `${baseUrl}/?${new URLSearchParams({ folder: path.resolve(workspace) })}`;
}
