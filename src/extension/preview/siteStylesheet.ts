import * as vscode from 'vscode';
import { siteStylesheetCandidates, type SiteGenerator } from '../../core';

/**
 * The site's main stylesheet, for Markdown pages to look like the site: the one set in the settings, else the
 * first of the generator's usual places that exists. Only files inside the site folder (a local resource).
 */
export async function findSiteStylesheet(siteRoot: vscode.Uri, generator: SiteGenerator, configured: string): Promise<vscode.Uri | undefined> {
  for (const candidate of siteStylesheetCandidates(generator, configured)) {
    if (candidate.split('/').includes('..')) continue;
    const uri = vscode.Uri.joinPath(siteRoot, candidate);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.File) return uri;
    } catch {
      // Not there: try the next usual place.
    }
  }
  return undefined;
}
