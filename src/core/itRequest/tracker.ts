/** A hosted repository whose issue tracker can take a prefilled new issue. */
export interface IssueTracker {
  readonly kind: 'github';
  readonly host: string;
  readonly owner: string;
  readonly repo: string;
}

/** Browsers and GitHub refuse very long addresses; past this the body is shortened. */
export const maxIssueUrlLength = 7500;

/**
 * Reads a git remote (https, ssh or scp-like) or an `owner/repo` shorthand.
 * Only GitHub hosts are recognised: they accept a prefilled new-issue page.
 */
export function parseGitRemote(remote: string): IssueTracker | undefined {
  const trimmed = remote.trim();
  const shorthand = /^([\w.-]+)\/([\w.-]+)$/.exec(trimmed);
  if (shorthand) return { kind: 'github', host: 'github.com', owner: shorthand[1], repo: stripGitSuffix(shorthand[2]) };
  const scpLike = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)\/?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(trimmed);
  const url = scpLike ? undefined : safeUrl(trimmed);
  const host = scpLike ? scpLike[1] : url?.hostname;
  const parts = scpLike ? [scpLike[2], scpLike[3]] : (url?.pathname ?? '').split('/').filter(Boolean);
  if (!host || parts.length < 2 || !/(^|\.)github\.com$/i.test(host) && !/^github\./i.test(host)) return undefined;
  return { kind: 'github', host: host.toLowerCase(), owner: parts[0], repo: stripGitSuffix(parts[1]) };
}

/** The address of the tracker's "new issue" page, prefilled; the body is shortened when the address would be too long. */
export function newIssueUrl(tracker: IssueTracker, title: string, body: string): { url: string; bodyShortened: boolean } {
  const base = `https://${tracker.host}/${encodeURIComponent(tracker.owner)}/${encodeURIComponent(tracker.repo)}/issues/new`;
  const build = (text: string) => `${base}?title=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`;
  let url = build(body);
  if (url.length <= maxIssueUrlLength) return { url, bodyShortened: false };
  const note = '\n\n_…the rest of this request was too long for a link; it has been copied to the clipboard — please paste it here._\n';
  let keep = body.length;
  while (keep > 0 && url.length > maxIssueUrlLength) {
    keep = Math.floor(keep * 0.8);
    url = build(body.slice(0, keep) + note);
  }
  return { url, bodyShortened: true };
}

function stripGitSuffix(name: string): string {
  return name.replace(/\.git$/i, '');
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
