import * as vscode from 'vscode';
import { readSiteSetup, siteSetupFilesOf, type SiteSetup } from '../../core';
import type { SiteGenerators } from './siteGenerators';
import { readPage, type SiteListing } from './sitePages';

/**
 * Each folder's site generator settings that change addresses (permalink patterns, languages) and its menus and data
 * files with links, read from disk with workspace.fs (so the web host reads them too), by folder URI.
 */
export async function readGeneratorSetups(listings: readonly SiteListing[], sites: SiteGenerators): Promise<Map<string, SiteSetup>> {
  const found = new Map<string, SiteSetup>();
  for (const { folder, files } of listings) {
    const generator = sites.siteFor(folder.uri).generator;
    const texts = new Map<string, string>();
    for (const file of siteSetupFilesOf(files, generator)) {
      const text = await readPage(vscode.Uri.joinPath(folder.uri, file));
      if (text !== undefined) texts.set(file, text);
    }
    found.set(folder.uri.toString(), readSiteSetup(texts, generator, files));
  }
  return found;
}
