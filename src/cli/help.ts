/** The text `content-bridge --help` prints. */
export const helpText = `Content Bridge checks website pages for problems that affect readers and search engines:
search (titles, descriptions, links, headings, social tags), accessibility (alt text,
labels, language, ARIA, tables, contrast) and content (placeholder text, readability).
These are the same checks VS Code shows while you edit.

Usage:
  content-bridge check <files, folders or globs...> [--format text|json] [--config <file>] [--site <tool>]
  content-bridge rules [--format text|json]
  content-bridge --help
  content-bridge --version

Pages are checked: HTML (.html, .htm), Markdown (.md, .markdown) and templates saved
as .njk, .liquid, .hbs or .handlebars. A folder means every such file inside it
(node_modules and .git are skipped). Markdown settings are read from the
.markdownlint.jsonc (or .yaml, or .markdownlint-cli2.jsonc) in the current folder.
Put glob patterns in quotes. Links (symlinks) are not followed, so the check stays
inside the folders you name. Template code ({{ }}, {% %}, <% %>, <?php ?>) is never
checked as page text, and layouts and partials are not checked as whole pages.

Options:
  -f, --format <text|json>  text (default): problems grouped by file, then a summary
                            json: an array of { file, ruleId, severity, message,
                            line, column, endLine, endColumn } (1-based);
                            for 'rules': { id, category, defaultSeverity,
                            description, equivalents, docPath }
  -c, --config <file>       The project config to use. Default: .contentbridge.json
                            in the current folder, if there is one
      --site <tool>         The tool that builds the site: hugo, jekyll, eleventy,
                            astro, docusaurus, mkdocs or plain. Default: "site" in
                            the config file, else worked out from the current folder
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes:
  0  no errors found (warnings may have been reported)
  1  at least one error found
  2  the command could not run: a wrong option, no pages found, or a file that could not be read

Examples:
  content-bridge check site/
  content-bridge check index.html about.html
  content-bridge check 'site/**/*.html' --format json > findings.json
  content-bridge rules
`;
