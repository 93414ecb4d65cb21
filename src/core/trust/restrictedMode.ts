/**
 * What Content Bridge does differently in a folder VS Code does not trust (Restricted Mode). Checks and fixes
 * work the same; what could reach outside the computer does not happen: the preview loads nothing from the
 * web, and IT requests are not sent to a tracker (copying them stays possible).
 */

/**
 * Where the preview may load images, media, fonts and styles from, besides the page's own files: the sites the
 * user allowed for this folder (loading tells a site someone is editing the page), and none when not trusted.
 */
export function previewRemoteSources(trusted: boolean, allowedSites: readonly string[] = []): readonly string[] {
  return trusted ? allowedSites.filter((site) => siteOriginOf(site) === site) : [];
}

/**
 * The site an address loads from, as a policy names it (`https://images.example.org`, a port kept), or undefined
 * for anything that is not a plain web address. Checked character by character: nothing else enters the policy.
 */
export function siteOriginOf(address: string): string | undefined {
  const lower = address.trim().toLowerCase();
  const scheme = lower.startsWith('https://') ? 'https://' : lower.startsWith('http://') ? 'http://' : undefined;
  if (!scheme) return undefined;
  const rest = lower.slice(scheme.length);
  let end = 0;
  while (end < rest.length && !'/?#'.includes(rest[end])) end++;
  const host = rest.slice(0, end);
  if (host === '' || host.includes('@')) return undefined;
  for (const character of host) {
    if (!((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') || character === '.' || character === '-' || character === ':'))
      return undefined;
  }
  const colon = host.indexOf(':');
  if (colon !== -1 && (colon === 0 || host.indexOf(':', colon + 1) !== -1 || colon === host.length - 1)) return undefined;
  return scheme + host;
}

/** The preview's Content-Security-Policy: only its own nonce'd script runs, and nothing navigates or submits. */
export function previewContentSecurityPolicy(options: {
  readonly cspSource: string;
  readonly nonce: string;
  readonly trusted: boolean;
  /** Sites the user allowed images, fonts and styles from (`https://host`). */
  readonly allowedSites?: readonly string[];
  /** Built pages mode: the local development server's port, whose pages the preview may frame (trusted folders only). */
  readonly builtPagesPort?: number;
  /** The page's own scripts may run (the user allowed them, in a trusted folder): the nonce the preview gives them. */
  readonly pageScriptNonce?: string;
}): string {
  const local = options.cspSource;
  const remote = previewRemoteSources(options.trusted, options.allowedSites).join(' ');
  const from = (...sources: string[]) => [local, remote, ...sources].filter((source) => source !== '').join(' ');
  return [
    "default-src 'none'",
    `img-src ${from('data:', 'blob:')}`,
    `media-src ${from('data:', 'blob:')}`,
    `font-src ${from('data:')}`,
    // Pages bring their own <style> blocks and style="" attributes; styles cannot run code.
    `style-src ${from("'unsafe-inline'")}`,
    options.trusted && options.pageScriptNonce
      ? `script-src 'nonce-${options.nonce}' 'nonce-${options.pageScriptNonce}'`
      : `script-src 'nonce-${options.nonce}'`,
    // The preview reads the page's own script and style files to put them in the page's frame (it has no address).
    ...(options.trusted && options.pageScriptNonce ? [`connect-src ${local}`] : []),
    // The preview sets the one <base> (the page's folder); the page's forms go nowhere.
    `base-uri ${local}`,
    "form-action 'none'",
    // The page is shown in a frame of the webview's own (empty) address ('self'), sized to the chosen width.
    options.trusted && options.builtPagesPort !== undefined
      ? `frame-src 'self' http://localhost:${options.builtPagesPort} http://127.0.0.1:${options.builtPagesPort}`
      : "frame-src 'self'",
  ].join('; ');
}

/** Said instead of sending an IT request to a tracker from an untrusted folder; undefined when sending may go ahead. */
export function trackerSendingBlockedReason(trusted: boolean): string | undefined {
  return trusted
    ? undefined
    : 'This folder is open in Restricted Mode, so Content Bridge does not send IT requests from it to an issue tracker. ' +
        'Copy the request to the clipboard instead, or, if you know where this folder comes from, trust it ("Manage Workspace Trust") and send again.';
}
