/**
 * Paths of markdownlint settings files, written with `/` and relative to the site's root folder ('' is the root
 * itself; `../shared/base.json` is outside it), or absolute where a file's `extends` says so. Pure string work: the
 * editor turns them into URIs and the command line into file paths.
 */

/** Whether a path is absolute (`/…`, `C:/…`, `\\server\…`): it is then not joined to any folder. */
export function isAbsoluteSettingsPath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || (/^[A-Za-z]:/.test(path) && (path[2] === '/' || path[2] === '\\'));
}

/** The folder holding a file ('' for a file at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `reference` seen from `folder`, with `.` and `..` resolved (leading `..` kept when it leaves the root). */
export function joinSettingsPath(folder: string, reference: string): string {
  const written = reference.replaceAll('\\', '/');
  if (isAbsoluteSettingsPath(reference)) return normalize(written, true);
  // A file reached by an absolute path (in the home folder, say) names its own extends from there.
  return normalize(folder === '' ? written : `${folder}/${written}`, isAbsoluteSettingsPath(folder));
}

/** Whether an `extends` value starts at the home folder: `~` alone, `~/…` or `~\…` (as markdownlint reads it). */
export function isHomeSettingsPath(reference: string): boolean {
  return reference === '~' || reference.startsWith('~/') || reference.startsWith('~\\');
}

/** A `~/…` reference under the home folder (an absolute settings path). */
export function underHomeFolder(homeFolder: string, reference: string): string {
  return joinSettingsPath(homeFolder.replaceAll('\\', '/'), `.${reference.slice(1)}`);
}

function normalize(path: string, absolute: boolean): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const joined = parts.join('/');
  if (!absolute) return joined;
  // Keep a drive letter or a network share as written; a plain absolute path starts with /.
  if (/^[A-Za-z]:/.test(joined)) return joined;
  return path.startsWith('//') ? `//${joined}` : `/${joined}`;
}
