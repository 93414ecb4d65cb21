import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseProjectConfig, projectConfigFileName, type CheckConfig, type SiteGenerator } from '../core';
import { UsageError } from './usageError';

export interface LoadedConfig {
  readonly config: CheckConfig;
  /** The site generator the file names with `"site"`, if any. */
  readonly site?: SiteGenerator;
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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && explicitPath === undefined) return { config: {} };
    throw new UsageError(`Cannot read the config file '${explicitPath ?? projectConfigFileName}'${missing ? ': it does not exist' : ''}.`);
  }
  const parsed = parseProjectConfig(text);
  const site = parsed.site ? { site: parsed.site } : {};
  return parsed.problem ? { config: parsed.config, ...site, warning: parsed.problem.message } : { config: parsed.config, ...site };
}
