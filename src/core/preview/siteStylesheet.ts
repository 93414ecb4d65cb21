import type { SiteGenerator } from '../site/generator';

/**
 * Where each generator's sites usually keep their main stylesheet as a plain .css file (relative to the site
 * folder), most likely first. Sass sources are left out: the preview cannot compile them.
 */
const candidatesByGenerator: Readonly<Record<SiteGenerator, readonly string[]>> = {
  hugo: ['static/css/style.css', 'static/css/main.css', 'static/css/site.css', 'assets/css/style.css', 'assets/css/main.css'],
  jekyll: ['assets/css/style.css', 'assets/css/main.css', 'assets/main.css', 'css/style.css', 'css/main.css'],
  eleventy: ['css/style.css', 'css/main.css', 'src/css/style.css', 'src/css/main.css', 'public/css/style.css', 'assets/css/style.css'],
  astro: ['public/styles/global.css', 'public/css/style.css', 'src/styles/global.css', 'public/style.css'],
  docusaurus: ['src/css/custom.css'],
  mkdocs: ['docs/css/extra.css', 'docs/stylesheets/extra.css'],
  plain: ['css/style.css', 'css/main.css', 'css/site.css', 'styles.css', 'style.css', 'assets/css/style.css'],
};

/** The stylesheets to look for, in order: the one the user set first, then the generator's usual places. */
export function siteStylesheetCandidates(generator: SiteGenerator, configured?: string): readonly string[] {
  const chosen = configured?.trim().replace(/^\.?\/+/, '');
  return chosen ? [chosen] : candidatesByGenerator[generator];
}
