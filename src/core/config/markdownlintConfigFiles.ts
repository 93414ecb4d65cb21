/**
 * The files a site keeps its markdownlint settings in, in the order vscode-markdownlint and markdownlint-cli2
 * look for them in a folder: the first one present is used.
 */
export const markdownlintConfigSearchOrder = [
  '.markdownlint-cli2.jsonc',
  '.markdownlint-cli2.yaml',
  '.markdownlint-cli2.cjs',
  '.markdownlint-cli2.mjs',
  '.markdownlint.jsonc',
  '.markdownlint.json',
  '.markdownlint.yaml',
  '.markdownlint.yml',
  '.markdownlint.cjs',
  '.markdownlint.mjs',
] as const;

export type MarkdownlintSettingsFileName = (typeof markdownlintConfigSearchOrder)[number];

/** A settings file that is a program: Content Bridge never runs code from a site, so these are not read. */
export function isJavaScriptConfig(fileName: string): boolean {
  return fileName.endsWith('.cjs') || fileName.endsWith('.mjs');
}

/**
 * The one plain note on a JavaScript settings file: it is not run, and what the Markdown checks use instead
 * (the next settings file, or markdownlint's defaults).
 */
export function javaScriptConfigNote(fileName: string, usedInstead: string | undefined): string {
  const instead = usedInstead ? `the settings in ${usedInstead}` : "markdownlint's standard settings";
  return `Content Bridge does not run JavaScript files, so it does not read the Markdown settings in ${fileName}: it checks Markdown pages with ${instead}. To share settings with Content Bridge, write them in .markdownlint.jsonc or .markdownlint.yaml.`;
}

/** Picks the file to read from the names present in a folder, and the JavaScript ones passed over on the way. */
export function chooseMarkdownlintConfigFile(present: ReadonlySet<string>): {
  readonly file?: MarkdownlintSettingsFileName;
  readonly skipped: readonly MarkdownlintSettingsFileName[];
} {
  const skipped: MarkdownlintSettingsFileName[] = [];
  for (const name of markdownlintConfigSearchOrder) {
    if (!present.has(name)) continue;
    if (!isJavaScriptConfig(name)) return { file: name, skipped };
    skipped.push(name);
  }
  return { skipped };
}
