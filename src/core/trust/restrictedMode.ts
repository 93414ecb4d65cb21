/**
 * What Content Bridge does differently in a folder VS Code does not trust (Restricted Mode). Checks and fixes
 * work the same; what could reach outside the computer does not happen: the preview loads nothing from the
 * web, and IT requests are not sent to a tracker (copying them stays possible).
 */

/** Where the preview may load images, media, fonts and styles from, besides the page's own files. */
export function previewRemoteSources(trusted: boolean): readonly string[] {
  return trusted ? ['https:'] : [];
}

/** The preview's Content-Security-Policy: only its own nonce'd script runs, and nothing navigates or submits. */
export function previewContentSecurityPolicy(options: { readonly cspSource: string; readonly nonce: string; readonly trusted: boolean }): string {
  const local = options.cspSource;
  const remote = previewRemoteSources(options.trusted).join(' ');
  const from = (...sources: string[]) => [local, remote, ...sources].filter((source) => source !== '').join(' ');
  return [
    "default-src 'none'",
    `img-src ${from('data:', 'blob:')}`,
    `media-src ${from('data:', 'blob:')}`,
    `font-src ${from('data:')}`,
    // Pages bring their own <style> blocks and style="" attributes; styles cannot run code.
    `style-src ${from("'unsafe-inline'")}`,
    `script-src 'nonce-${options.nonce}'`,
    // The preview sets the one <base> (the page's folder); the page's forms go nowhere.
    `base-uri ${local}`,
    "form-action 'none'",
  ].join('; ');
}

/** Said instead of sending an IT request to a tracker from an untrusted folder; undefined when sending may go ahead. */
export function trackerSendingBlockedReason(trusted: boolean): string | undefined {
  return trusted
    ? undefined
    : 'This folder is open in Restricted Mode, so Content Bridge does not send IT requests from it to an issue tracker. ' +
        'Copy the request to the clipboard instead, or, if you know where this folder comes from, trust it ("Manage Workspace Trust") and send again.';
}
