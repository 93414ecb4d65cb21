import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { configNotAFileMessage, parseProjectConfig, projectConfigFileName } from '../core/config/projectConfig';
import type { SiteGenerator } from '../core/site/generator';
import { decodeBytes } from '../core/text/decodeBytes';
import type { CheckConfig } from '../core/types';
import { printablePath } from './printable';
import { UsageError } from './usageError';

export interface LoadedConfig {
  readonly config: CheckConfig;
  /** The site generator the file names with `"site"`, if any. */
  readonly site?: SiteGenerator;
  /** The site's own address (`"siteUrl"`), if given. */
  readonly siteUrl?: string;
  /** Files and folders to leave out (`"ignore"`), as .gitignore patterns. */
  readonly ignore?: readonly string[];
  /** Where the rule pages are published (`"docsUrl"`), if given. */
  readonly docsUrl?: string;
  /** Said on stderr: the file has a problem, and what is used instead. */
  readonly warning?: string;
}

/**
 * The project config the editor uses too: `--config <file>`, or
 * `.contentbridge.json` in the working folder (the site's root in CI). A file
 * with a problem is reported and its valid part used, as in the editor.
 */
export async function loadProjectConfig(workingFolder: string, explicitPath?: string): Promise<LoadedConfig> {
  const file = path.resolve(workingFolder, explicitPath ?? projectConfigFileName);
  const shownName = printablePath(explicitPath ?? projectConfigFileName);
  let text: string;
  try {
    // Only a regular file: reading a pipe (FIFO) or a device would wait forever, and a folder is a mistake.
    if (!(await stat(file)).isFile()) {
      if (explicitPath === undefined) return { config: {}, warning: configNotAFileMessage }; // As the editor does.
      throw new UsageError(`Cannot read the config file '${shownName}': it is a folder or a special file, not a file.`);
    }
    // Decoded as the editor decodes it: a byte-order mark (UTF-8 or UTF-16) is fine.
    text = decodeBytes(await readFile(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && explicitPath === undefined) return { config: {} };
    throw new UsageError(`Cannot read the config file '${shownName}'${missing ? ': it does not exist' : ''}.`);
  }
  const parsed = parseProjectConfig(text);
  const site = {
    ...(parsed.site ? { site: parsed.site } : {}),
    ...(parsed.siteUrl ? { siteUrl: parsed.siteUrl } : {}),
    ...(parsed.ignore ? { ignore: parsed.ignore } : {}),
    ...(parsed.docsUrl ? { docsUrl: parsed.docsUrl } : {}),
  };
  return parsed.problem ? { config: parsed.config, ...site, warning: parsed.problem.message } : { config: parsed.config, ...site };
}
