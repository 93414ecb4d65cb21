import * as vscode from 'vscode';

export type LinkTarget = { readonly kind: 'external'; readonly uri: vscode.Uri } | { readonly kind: 'file'; readonly uri: vscode.Uri };

/** Where a link clicked in the preview leads: a web address, or a file of the site to open in the editor. */
export function resolveLink(href: string, documentUri: vscode.Uri, siteRoot: vscode.Uri): LinkTarget | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || /^javascript:/i.test(trimmed)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) {
    const uri = vscode.Uri.parse(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
    return ['http', 'https', 'mailto', 'tel'].includes(uri.scheme) ? { kind: 'external', uri } : undefined;
  }
  const path = decodeURIComponent(trimmed.replace(/[?#].*$/, ''));
  const base = path.startsWith('/') ? siteRoot : vscode.Uri.joinPath(documentUri, '..');
  let uri = vscode.Uri.joinPath(base, path.replace(/^\/+/, ''));
  // Sites link to folders ("/news/"), which serve their index page.
  if (path.endsWith('/') || path === '') uri = vscode.Uri.joinPath(uri, 'index.html');
  return { kind: 'file', uri };
}
