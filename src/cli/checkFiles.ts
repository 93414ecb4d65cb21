import { check, type CheckConfig } from '../core';
import type { HtmlFile } from './files';
import { readTextFile } from './readText';
import type { FileReport } from './report';

/** What checking one file gave: its report, or why it could not be read. */
export type FileResult = { readonly file: HtmlFile } & ({ readonly report: FileReport } | { readonly unreadable: string });

/**
 * Checks the files in their order, reading the next file while the current
 * one is checked so the disk and the CPU work at the same time. (Worker
 * threads were tried: on a 2-core machine they gave no measurable gain, since
 * each thread pays its own start-up and warm-up.) Results are handed on one at a
 * time, so a folder of any size is checked in the memory of one page.
 */
export async function* checkFiles(files: readonly HtmlFile[], config: CheckConfig): AsyncGenerator<FileResult> {
  let next = files.length > 0 ? readTextFile(files[0].absolutePath) : undefined;
  for (let index = 0; index < files.length; index++) {
    const content = await next!;
    next = index + 1 < files.length ? readTextFile(files[index + 1].absolutePath) : undefined;
    const file = files[index];
    yield content.kind === 'unreadable'
      ? { file, unreadable: content.reason }
      : { file, report: { path: file.displayPath, findings: check(content.text, { config }) } };
  }
}
