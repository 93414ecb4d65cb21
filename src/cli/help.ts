/** The text `content-bridge --help` prints. */
export const helpText = `Content Bridge checks website pages for problems that affect readers and search engines:
search (titles, descriptions, links, headings, social tags), accessibility (alt text,
labels, language, ARIA, tables, contrast) and content (placeholder text, readability).
These are the same checks VS Code shows while you edit.

Usage:
  content-bridge check <files, folders or globs...> [--format text|json|sarif|github]
                       [--config <file>] [--site <tool>] [--max-warnings <n>]
                       [--changed-since <git ref>] [--shard <i>/<n>] [--docs-url <address>]
                       [--jobs <n>]
  content-bridge rules [--format text|json]
  content-bridge --help
  content-bridge --version

Pages are checked: HTML (.html, .htm), Markdown (.md, .markdown) and templates saved
as .njk, .liquid, .hbs or .handlebars. A folder means every such file inside it
(node_modules and .git are skipped). Markdown settings are read from the
.markdownlint.jsonc (or .yaml, or .markdownlint-cli2.jsonc) in the page's folder or
the nearest folder above it, up to the current folder, with the file it extends.
Put glob patterns in quotes. Links (symlinks) are not followed, so the check stays
inside the folders you name. Template code ({{ }}, {% %}, <% %>, <?php ?>) is never
checked as page text, and layouts and partials are not checked as whole pages.

Run 'content-bridge check .' in the site's folder to check the whole site: then the
checks that look across pages run too (links to pages, parts of pages, images and
files that do not exist; titles and descriptions used twice; pages nothing links to;
canonical links and language versions), after the checks of each page. Files listed
in .gitignore, or in "ignore" in .contentbridge.json, are left out.

Options:
  -f, --format <format>     text (default): problems grouped by file, then a summary
                            json: an array of { file, ruleId, severity, message,
                            line, column, endLine, endColumn } (1-based);
                            for 'rules': { id, category, defaultSeverity,
                            description, equivalents, docPath }
                            sarif: a SARIF 2.1.0 file, for GitHub code scanning
                            and other tools that read SARIF
                            github: GitHub Actions annotations, shown on the
                            pull request's files
  -c, --config <file>       The project config to use. Default: .contentbridge.json
                            in the current folder, if there is one
      --site <tool>         The tool that builds the site: hugo, jekyll, eleventy,
                            astro, docusaurus, mkdocs or plain. Default: "site" in
                            the config file, else worked out from the current folder
      --max-warnings <n>    Fail (exit code 1) when more than n warnings are found
      --changed-since <ref> Check only the pages changed since a git branch, tag or
                            commit (such as origin/main); the checks across pages
                            still look at the whole site
      --shard <i>/<n>       Split the site into n parts and check part i, to share
                            a very large site between CI runners; the checks
                            across pages are reported by part 1 only
      --docs-url <address>  Where the docs/rules pages are published, for the
                            help links in SARIF. Default: "docsUrl" in
                            .contentbridge.json, else the repository named
                            in Content Bridge's package.json, if any
  -j, --jobs <n>            Check n pages at once, one on each processor core.
                            Default for 400 pages or more: one per core that
                            other work leaves idle, even in part (up to 8);
                            else 1.
                            --jobs 1 checks one page at a time
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes:
  0  no errors found (warnings may have been reported)
  1  at least one error found (or more warnings than --max-warnings allows)
  2  the command could not run: a wrong option, no pages found, or a file that could not be read

Examples:
  content-bridge check .
  content-bridge check . --format sarif > content-bridge.sarif
  content-bridge check . --changed-since origin/main --format github
  content-bridge check site/
  content-bridge check index.html about.html
  content-bridge check 'site/**/*.html' --format json > findings.json
  content-bridge rules
`;
