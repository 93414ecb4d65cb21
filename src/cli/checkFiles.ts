import { check, type CheckConfig, type SiteGenerator } from '../core';
import type { CheckedFile } from './files';
import { readTextFile } from './readText';
import type { FileReport } from './report';

/** What checking one file gave: its report, or why it could not be read. */
export type FileResult = { readonly report: FileReport } | { readonly unreadable: string };

/** What every file is checked with: the project config and the site generator. */
export interface CheckSettings {
  readonly config: CheckConfig;
  readonly generator: SiteGenerator;
}

/**
 * Checks the files in their order, reading the next file while the current
 * one is checked so the disk and the CPU work at the same time. (Worker
 * threads were tried: on a 2-core machine they gave no measurable gain, since
 * each thread pays its own start-up and warm-up.)
 */
export async function checkFiles(files: readonly CheckedFile[], settings: CheckSettings): Promise<FileResult[]> {
  const results: FileResult[] = [];
  let next = files.length > 0 ? readTextFile(files[0].absolutePath) : undefined;
  for (let index = 0; index < files.length; index++) {
    const content = await next!;
    next = index + 1 < files.length ? readTextFile(files[index + 1].absolutePath) : undefined;
    const file = files[index];
    results.push(
      content.kind === 'unreadable'
        ? { unreadable: content.reason }
        : {
            report: {
              path: file.displayPath,
              findings: check(content.text, {
                config: settings.config,
                generator: settings.generator,
                ...(file.sitePath === undefined ? {} : { path: file.sitePath }),
              }),
            },
          },
    );
  }
  return results;
}
