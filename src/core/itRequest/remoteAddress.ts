/** Reads a git remote address into the web site that hosts it, so a request can link to the exact lines. */

export type RepositoryHostKind = 'github' | 'gitlab' | 'bitbucket' | 'azure-devops';

export interface RepositoryOnWeb {
  readonly kind: RepositoryHostKind;
  /** `https://host[:port]`, never with a user name or password. */
  readonly origin: string;
  /** Owner, groups and name for GitHub, GitLab and Bitbucket; organisation, project and repository for Azure DevOps. */
  readonly segments: readonly string[];
}

/**
 * Understands https, ssh and scp-like (`git@host:owner/repo.git`) remotes. Any user name or password in the address
 * is dropped: it never reaches a link.
 */
export function parseRemoteAddress(remote: string): RepositoryOnWeb | undefined {
  const location = remoteLocation(remote.trim());
  if (!location) return undefined;
  const host = location.host.toLowerCase();
  const segments = location.path.split('/').filter(Boolean).map(safeDecode);
  if (segments.length > 0) segments[segments.length - 1] = segments[segments.length - 1].replace(/\.git$/i, '');
  const web = (hostName: string, port?: string) => `https://${hostName}${port && port !== '443' ? `:${port}` : ''}`;

  if (host === 'ssh.dev.azure.com' || host === 'vs-ssh.visualstudio.com') {
    // git@ssh.dev.azure.com:v3/org/project/repo
    const parts = segments[0] === 'v3' ? segments.slice(1) : segments;
    return parts.length === 3 ? { kind: 'azure-devops', origin: 'https://dev.azure.com', segments: parts } : undefined;
  }
  if (host === 'dev.azure.com') {
    // https://org@dev.azure.com/org/project/_git/repo
    const git = segments.indexOf('_git');
    return git === 2 && segments.length >= 4
      ? { kind: 'azure-devops', origin: 'https://dev.azure.com', segments: [segments[0], segments[1], segments[3]] }
      : undefined;
  }
  if (host.endsWith('.visualstudio.com')) {
    // https://org.visualstudio.com/project/_git/repo (the older form of Azure DevOps addresses)
    const git = segments.indexOf('_git');
    const organisation = host.slice(0, -'.visualstudio.com'.length);
    return git === 1 && segments.length >= 3
      ? { kind: 'azure-devops', origin: 'https://dev.azure.com', segments: [organisation, segments[0], segments[2]] }
      : undefined;
  }
  if (segments.length < 2) return undefined;
  const port = location.scheme === 'https' || location.scheme === 'http' ? location.port : undefined;
  if (host === 'github.com' || host.startsWith('github.')) return { kind: 'github', origin: web(host, port), segments: segments.slice(0, 2) };
  if (host === 'bitbucket.org') return { kind: 'bitbucket', origin: 'https://bitbucket.org', segments: segments.slice(0, 2) };
  if (host === 'gitlab.com' || host.startsWith('gitlab.') || host.includes('.gitlab.')) return { kind: 'gitlab', origin: web(host, port), segments };
  return undefined;
}

/** The address of the file (and its lines, when given) on the hosting site, at a given commit. */
export function linkToLines(repository: RepositoryOnWeb, commit: string, filePath: string, lines?: { start: number; end: number }): string {
  const path = filePath.split(/[\\/]/).filter(Boolean);
  const encodedPath = path.map(encodeURIComponent).join('/');
  const owner = repository.segments.map(encodeURIComponent).join('/');
  const start = lines?.start;
  const last = lines ? Math.max(lines.start, lines.end) : undefined;
  const several = start !== undefined && last !== undefined && last > start;
  switch (repository.kind) {
    case 'github':
      return `${repository.origin}/${owner}/blob/${commit}/${encodedPath}${start === undefined ? '' : `#L${start}${several ? `-L${last}` : ''}`}`;
    case 'gitlab':
      return `${repository.origin}/${owner}/-/blob/${commit}/${encodedPath}${start === undefined ? '' : `#L${start}${several ? `-${last}` : ''}`}`;
    case 'bitbucket':
      return `${repository.origin}/${owner}/src/${commit}/${encodedPath}${start === undefined ? '' : `#lines-${start}${several ? `:${last}` : ''}`}`;
    case 'azure-devops': {
      const [organisation, project, repo] = repository.segments.map(encodeURIComponent);
      const query = [`path=${encodeURIComponent(`/${path.join('/')}`)}`, `version=GC${commit}`];
      if (start !== undefined && last !== undefined)
        query.push(`line=${start}`, `lineEnd=${last + 1}`, 'lineStartColumn=1', 'lineEndColumn=1', 'lineStyle=plain', '_a=contents');
      return `${repository.origin}/${organisation}/${project}/_git/${repo}?${query.join('&')}`;
    }
  }
}

/** The address without its credentials, for showing in a request: `https://jane:secret@host/x` becomes `https://host/x`. */
export function remoteWithoutCredentials(remote: string): string {
  const trimmed = remote.trim();
  const schemeEnd = trimmed.indexOf('://');
  if (schemeEnd < 0) return trimmed;
  const authorityStart = schemeEnd + 3;
  let authorityEnd = trimmed.indexOf('/', authorityStart);
  if (authorityEnd < 0) authorityEnd = trimmed.length;
  const at = trimmed.lastIndexOf('@', authorityEnd - 1);
  if (at < authorityStart) return trimmed;
  const user = trimmed.slice(authorityStart, at);
  // `ssh://git@host` names the account every user shares; keep it, it is not a secret.
  const keep = trimmed.slice(0, schemeEnd) === 'ssh' && user === 'git';
  return keep ? trimmed : trimmed.slice(0, authorityStart) + trimmed.slice(at + 1);
}

interface RemoteLocation {
  readonly scheme: string;
  readonly host: string;
  readonly port?: string;
  readonly path: string;
}

function remoteLocation(remote: string): RemoteLocation | undefined {
  if (remote.includes('://')) {
    try {
      const url = new URL(remote);
      if (!url.hostname) return undefined;
      return { scheme: url.protocol.replace(/:$/, ''), host: url.hostname, port: url.port || undefined, path: url.pathname };
    } catch {
      return undefined;
    }
  }
  // scp-like: [user@]host:path
  const colon = remote.indexOf(':');
  if (colon <= 0 || /\s/.test(remote)) return undefined;
  const at = remote.lastIndexOf('@', colon);
  const host = remote.slice(at + 1, colon);
  if (!/^[\w.-]+$/.test(host)) return undefined;
  return { scheme: 'ssh', host, path: remote.slice(colon + 1) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
