import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { chooseMarkdownlintConfigFile, javaScriptConfigNote, markdownlintConfigSearchOrder } from '../core/config/markdownlintConfigFiles';
import { parseMarkdownlintConfig } from '../core/markdown/markdownlint/markdownlintConfig';

/** The folder's markdownlint settings, as read from its file: rule names to true, false or options. */
export type MarkdownlintConfig = Readonly<Record<string, unknown>>;

export interface LoadedMarkdownlintConfig {
  /** Undefined: markdownlint's defaults, as Content Bridge chooses them (as in the editor without a file). */
  readonly config?: MarkdownlintConfig;
  /** Said on stderr, one line each: a JavaScript file that is not run, a file with a mistake. */
  readonly warnings: readonly string[];
}

/**
 * The markdownlint settings in the working folder (the site's root in CI), found in the editor's order. A file
 * with a mistake is reported and markdownlint's defaults are used, as in the editor.
 */
export async function loadMarkdownlintConfig(workingFolder: string): Promise<LoadedMarkdownlintConfig> {
  const texts = new Map<string, string>();
  for (const name of markdownlintConfigSearchOrder) {
    try {
      texts.set(name, await readFile(path.join(workingFolder, name), 'utf8'));
    } catch {
      // Not there (or not readable): the next name in the order is tried.
    }
  }
  const { file, skipped } = chooseMarkdownlintConfigFile(new Set(texts.keys()));
  const warnings = skipped.map((name) => javaScriptConfigNote(name, file));
  if (!file) return { warnings };
  const text = texts.get(file)!;
  const parsed = parseMarkdownlintConfig(file, text);
  if (parsed.problem) {
    const { line, character, message } = parsed.problem;
    return { warnings: [...warnings, `${file}, line ${line + 1}, column ${character + 1}: ${message}`] };
  }
  return { config: parsed.config, warnings };
}
