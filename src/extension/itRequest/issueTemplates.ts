import * as vscode from 'vscode';
import { parseIssueTemplate, type IssueTemplate } from '../../core';

/** Where GitHub and GitLab keep issue templates in a repository. */
const templateGlob = '{.github/ISSUE_TEMPLATE/*.md,.github/ISSUE_TEMPLATE/*.yml,.github/ISSUE_TEMPLATE/*.yaml,.gitlab/issue_templates/*.md}';
const maxTemplates = 50;

/**
 * The issue templates in this workspace's repository, by file name. A file that is not a template (the chooser's
 * config.yml, a broken form) is left out; where files cannot be searched (some web hosts), there are none.
 */
export async function readIssueTemplates(): Promise<IssueTemplate[]> {
  try {
    const files = await vscode.workspace.findFiles(templateGlob, undefined, maxTemplates);
    const templates: IssueTemplate[] = [];
    for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const reading = parseIssueTemplate(vscode.workspace.asRelativePath(file, false), text);
      if ('template' in reading) templates.push(reading.template);
    }
    return templates;
  } catch {
    return [];
  }
}
