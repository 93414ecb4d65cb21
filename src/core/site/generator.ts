/** The site generators whose conventions Content Bridge knows. `plain` is a hand-written HTML site. */
export type SiteGenerator = 'hugo' | 'jekyll' | 'eleventy' | 'astro' | 'docusaurus' | 'mkdocs' | 'plain';

export const siteGenerators: readonly SiteGenerator[] = ['hugo', 'jekyll', 'eleventy', 'astro', 'docusaurus', 'mkdocs', 'plain'];

/** The generator's name as people write it, for the status bar and messages. */
export const siteGeneratorNames: Readonly<Record<SiteGenerator, string>> = {
  hugo: 'Hugo',
  jekyll: 'Jekyll',
  eleventy: 'Eleventy',
  astro: 'Astro',
  docusaurus: 'Docusaurus',
  mkdocs: 'MkDocs',
  plain: 'HTML',
};

export function isSiteGenerator(value: unknown): value is SiteGenerator {
  return typeof value === 'string' && (siteGenerators as readonly string[]).includes(value);
}

/**
 * Works out the site generator from the names of the files at the top of the site folder (and its package.json,
 * parsed, when there is one). Pure: the caller lists the folder. A generator's own configuration file wins over
 * package.json dependencies; `Gemfile` contents are not read, so a Jekyll site needs its `_config.yml`.
 */
export function detectSiteGenerator(topLevelFileNames: readonly string[], packageJson?: unknown): SiteGenerator {
  const names = new Set(topLevelFileNames.map((name) => name.replace(/\/$/, '')));
  const has = (name: string): boolean => names.has(name);
  const hasPrefixed = (prefix: string): boolean => topLevelFileNames.some((name) => name.startsWith(prefix));

  if (has('hugo.toml') || has('hugo.yaml') || has('hugo.yml') || has('hugo.json')) return 'hugo';
  if (hasPrefixed('docusaurus.config.')) return 'docusaurus';
  if (hasPrefixed('astro.config.')) return 'astro';
  if (has('.eleventy.js') || has('.eleventy.cjs') || hasPrefixed('eleventy.config.')) return 'eleventy';
  if (has('mkdocs.yml') || has('mkdocs.yaml')) return 'mkdocs';
  if (has('_config.yml') || has('_config.yaml') || has('_config.toml')) return 'jekyll';
  const hugoFolders = has('content') || has('archetypes') || has('layouts');
  if ((has('config.toml') || has('config.yaml') || has('config.yml') || has('config.json')) && hugoFolders) return 'hugo';

  const dependencies = dependencyNames(packageJson);
  if (dependencies.has('@docusaurus/core')) return 'docusaurus';
  if (dependencies.has('astro')) return 'astro';
  if (dependencies.has('@11ty/eleventy')) return 'eleventy';
  if (has('Gemfile') && has('_posts')) return 'jekyll';
  return 'plain';
}

function dependencyNames(packageJson: unknown): Set<string> {
  const names = new Set<string>();
  if (typeof packageJson !== 'object' || packageJson === null) return names;
  for (const field of ['dependencies', 'devDependencies']) {
    const group = (packageJson as Record<string, unknown>)[field];
    if (typeof group === 'object' && group !== null) for (const name of Object.keys(group)) names.add(name);
  }
  return names;
}
