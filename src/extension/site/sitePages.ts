import * as vscode from 'vscode';
import { decodeBytes, documentKindOf, SiteIgnore } from '../../core';
import { relativePath } from './siteGenerators';
import { TimeSlices } from './timeSlices';

/** The pages Content Bridge checks: HTML, Markdown and template files. */
export const pageGlob = '**/*.{html,htm,md,markdown,njk,liquid,hbs,handlebars}';

export interface SiteListing {
  readonly folder: vscode.WorkspaceFolder;
  /** Pages to check, sorted by path. */
  readonly pages: readonly vscode.Uri[];
  /** Every file of the site (site-relative paths), pages or not: links to images and downloads point at them. */
  readonly files: readonly string[];
  readonly ignore: SiteIgnore;
}

/**
 * Lists a folder's pages and files as the whole-site check sees them: VS Code's `files.exclude` applies (with
 * `node_modules` added, so a site's packages are never listed), then the folder's `.gitignore` files and the
 * `ignore` list of `.contentbridge.json`.
 */
export async function listSite(folder: vscode.WorkspaceFolder, projectIgnore: readonly string[], token?: vscode.CancellationToken): Promise<SiteListing> {
  const ignore = new SiteIgnore(projectIgnore);
  const exclude = excludeGlob(folder);
  const gitignores = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), exclude, undefined, token);
  for (const uri of gitignores) {
    const path = relativePath(folder.uri, uri);
    if (path === undefined || ignore.ignores(path)) continue;
    try {
      ignore.addGitignore(path, decodeBytes(await vscode.workspace.fs.readFile(uri)));
    } catch {
      // An unreadable .gitignore leaves nothing out.
    }
  }
  const all = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), exclude, undefined, token);
  const pages: vscode.Uri[] = [];
  const files: string[] = [];
  const slices = new TimeSlices();
  for (const uri of all) {
    if (slices.due) await slices.pause();
    const path = relativePath(folder.uri, uri);
    if (path === undefined || ignore.ignores(path)) continue;
    files.push(path);
    if (documentKindOf(path)) pages.push(uri);
  }
  pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  files.sort();
  return { folder, pages, files, ignore };
}

/**
 * `files.exclude` plus node_modules as one glob. An exclude given to findFiles replaces `files.exclude`, so the
 * setting's patterns are written into it; a pattern with braces of its own cannot be combined, and then the setting
 * alone applies (node_modules is still left out by SiteIgnore, after listing).
 */
function excludeGlob(folder: vscode.WorkspaceFolder): string | undefined {
  const setting = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude', {});
  const patterns = Object.entries(setting ?? {})
    .filter(([, on]) => on === true)
    .map(([pattern]) => pattern);
  if (patterns.some((pattern) => pattern.includes('{') || pattern.includes('}') || pattern.includes(','))) return undefined;
  return `{${['**/node_modules/**', ...patterns].join(',')}}`;
}

/** Reads a page from disk as the CLI does (byte-order marks, UTF-16). Undefined when it cannot be read. */
export async function readPage(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decodeBytes(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
