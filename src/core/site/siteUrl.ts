import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { hostileYaml } from '../frontMatter/yamlGuard';

/** The generator configuration files that can name the site's address, in the order they are read. */
export const siteUrlConfigFiles = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  '_config.yml',
  '_config.yaml',
  'mkdocs.yml',
  'mkdocs.yaml',
];

/**
 * The site's own web address from its generator's configuration: Hugo's `baseURL`, Jekyll's `url` (with
 * `baseurl`), MkDocs' `site_url`. Undefined when the file does not name one or cannot be read (the check then
 * treats only relative and root-relative links as inside the site).
 */
export function siteUrlFromConfig(fileName: string, text: string): string | undefined {
  const settings = readSettings(fileName, text);
  if (typeof settings !== 'object' || settings === null) return undefined;
  const values = settings as Record<string, unknown>;
  const hugo = values['baseURL'] ?? values['baseurl'];
  if (typeof hugo === 'string' && /^https?:\/\//.test(hugo)) return hugo;
  const mkdocs = values['site_url'];
  if (typeof mkdocs === 'string' && /^https?:\/\//.test(mkdocs)) return mkdocs;
  const jekyll = values['url'];
  if (typeof jekyll === 'string' && /^https?:\/\//.test(jekyll)) {
    const base = typeof values['baseurl'] === 'string' ? values['baseurl'] : '';
    return `${jekyll.replace(/\/$/, '')}/${base.replace(/^\//, '')}`;
  }
  return undefined;
}

function readSettings(fileName: string, text: string): unknown {
  try {
    if (fileName.endsWith('.toml')) return parseToml(text);
    if (fileName.endsWith('.json')) return parseJsonc(text);
    if (hostileYaml(text)) return undefined;
    return parseYaml(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch {
    return undefined;
  }
}
