import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where the rule pages (`docs/rules/<id>.md`) are published, for the help links of SARIF results: `--docs-url`, else
 * the repository named in package.json (`repository`, else a repository address in `homepage`). Undefined when none
 * is known: the results then carry the help text only, never a link that leads nowhere.
 */
export function docsBaseOf(option: string | undefined): string | undefined {
  if (option !== undefined) return withTrailingSlash(option);
  try {
    return docsBaseFromManifest(JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')));
  } catch {
    return undefined;
  }
}

/** The address the docs' paths are added to, from a package.json's `repository` or `homepage`. */
export function docsBaseFromManifest(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const { repository, homepage } = manifest as { repository?: unknown; homepage?: unknown };
  const url =
    typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : undefined;
  const directory = typeof repository === 'object' && repository !== null ? (repository as { directory?: unknown }).directory : undefined;
  const fromRepository = typeof url === 'string' ? repositoryFilesBase(url) : undefined;
  const base = fromRepository ?? (typeof homepage === 'string' ? repositoryFilesBase(homepage) : undefined);
  if (base === undefined) return undefined;
  return typeof directory === 'string' && directory.trim() !== '' ? withTrailingSlash(`${base}${directory.trim().replace(/^\/+/, '')}`) : base;
}

/**
 * The address of a repository's files on its default branch (`HEAD`), for GitHub, GitLab and Bitbucket addresses
 * as package.json writes them (`git+https://github.com/org/site.git`, `github:org/site`, `org/site`).
 */
function repositoryFilesBase(written: string): string | undefined {
  let address = written.trim();
  const shorthand = /^(github|gitlab|bitbucket):/.exec(address);
  if (shorthand) address = `https://${shorthand[1]}.${shorthand[1] === 'bitbucket' ? 'org' : 'com'}/${address.slice(shorthand[0].length)}`;
  else if (/^[\w.-]+\/[\w.-]+$/.test(address)) address = `https://github.com/${address}`;
  address = address
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/^ssh:\/\/git@/, 'https://');
  const hash = address.indexOf('#');
  if (hash !== -1) address = address.slice(0, hash);
  while (address.endsWith('/')) address = address.slice(0, -1);
  if (address.endsWith('.git')) address = address.slice(0, -'.git'.length);
  const match = /^https?:\/\/(?:www\.)?(github\.com|gitlab\.com|bitbucket\.org)\/([^/]+\/[^/]+)$/.exec(address);
  if (!match) return undefined;
  const [, host, project] = match;
  if (host === 'github.com') return `https://github.com/${project}/blob/HEAD/`;
  if (host === 'gitlab.com') return `https://gitlab.com/${project}/-/blob/HEAD/`;
  return `https://bitbucket.org/${project}/src/HEAD/`;
}

function withTrailingSlash(address: string): string {
  return address.endsWith('/') ? address : `${address}/`;
}
