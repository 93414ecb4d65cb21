import * as vscode from 'vscode';
import { readImageSize, relativePath, type FileQuestion, type ImageDimensions } from '../../core/inserts';
import { askPick, type Step } from './prompts';

export interface ChosenFile {
  /** The path to write into the page, relative to it. */
  readonly path: string;
  readonly size?: ImageDimensions;
}

/** Files not worth offering: tools' folders, never part of the published site. */
const excluded = '{**/node_modules/**,**/.git/**,**/_site/**,**/dist/**,**/out/**,**/.vscode-test/**}';

/**
 * Offers the site's files of the kinds asked for (images shown as their own icon), and returns the chosen one's
 * path relative to the page, with its width and height when asked. Undefined when cancelled or none exist.
 */
export async function pickFile(question: FileQuestion, page: vscode.Uri, step: Step): Promise<ChosenFile | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(page);
  const pattern = `**/*.{${question.extensions.flatMap((extension) => [extension, extension.toUpperCase()]).join(',')}}`;
  const files = await vscode.workspace.findFiles(folder ? new vscode.RelativePattern(folder, pattern) : pattern, excluded, 2000);
  if (files.length === 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        "There is no {0} file in this site yet. Add the file to the site's folder first, then insert it.",
        question.extensions.map((extension) => `.${extension}`).join(', '),
      ),
    );
    return undefined;
  }
  const pagePath = vscode.workspace.asRelativePath(page, false);
  const items = files
    .map((file) => {
      const filePath = vscode.workspace.asRelativePath(file, false);
      const slash = filePath.lastIndexOf('/');
      return {
        label: filePath.slice(slash + 1),
        description: slash > 0 ? filePath.slice(0, slash) : '',
        iconPath: question.readSize ? file : new vscode.ThemeIcon('file'),
        value: file,
        filePath,
      };
    })
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
  const chosen = await askPick(items, `${question.prompt}. ${question.guidance}`, step);
  if (!chosen) return undefined;
  const path = relativePath(pagePath, vscode.workspace.asRelativePath(chosen, false));
  if (!question.readSize) return { path };
  return { path, size: await sizeOf(chosen) };
}

async function sizeOf(file: vscode.Uri): Promise<ImageDimensions | undefined> {
  try {
    return readImageSize(await vscode.workspace.fs.readFile(file));
  } catch {
    return undefined;
  }
}
