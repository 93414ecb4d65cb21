import { capTitle, longestFitting, wellFormed } from './textLimits';

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
  if (!host || parts.length < 2 || (!/(^|\.)github\.com$/i.test(host) && !/^github\./i.test(host))) return undefined;
  return { kind: 'github', host: host.toLowerCase(), owner: parts[0], repo: stripGitSuffix(parts[1]) };
}

/** GitHub refuses longer titles; a capped title also keeps the address short. */
export const maxIssueTitleLength = 256;

/**
 * The address of the tracker's "new issue" page, prefilled. The title is capped, and the body is shortened (at a
 * character boundary, with a note) when the address would be too long; text is never split inside an emoji.
 */
export function newIssueUrl(tracker: IssueTracker, title: string, body: string): { url: string; bodyShortened: boolean } {
  const base = `https://${tracker.host}/${encodeURIComponent(tracker.owner)}/${encodeURIComponent(tracker.repo)}/issues/new`;
  const prefix = `${base}?title=${encodeURIComponent(wellFormed(capTitle(title, maxIssueTitleLength)))}&body=`;
  const safeBody = wellFormed(body);
  const build = (text: string) => prefix + encodeURIComponent(text);
  const full = build(safeBody);
  if (full.length <= maxIssueUrlLength) return { url: full, bodyShortened: false };
  const note = '\n\n_…the rest of this request was too long for a link; it has been copied to the clipboard — please paste it here._\n';
  const kept = longestFitting(safeBody, (prefixText) => build(prefixText + note).length <= maxIssueUrlLength);
  return { url: build(kept + note), bodyShortened: true };
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
