import * as vscode from 'vscode';
import { siteGeneratorNames } from '../../core';
import { isChecked } from '../diagnostics/htmlDiagnostics';
import { settingsSection } from '../settings';
import type { SiteGenerators, SiteGeneratorSource } from './siteGenerators';
import type { ProjectConfigs } from '../config/projectConfigs';

const whereFrom: Readonly<Record<SiteGeneratorSource, string>> = {
  setting: 'as chosen in your settings',
  project: "as set in this site's .contentbridge.json",
  detected: 'worked out from the files in this folder',
};

/** Says in the status bar which tool builds the site of the page in front of the user (shown for checked pages). */
export function registerSiteStatus(sites: SiteGenerators, projectConfigs: ProjectConfigs): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('contentBridge.site', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Content Bridge: site';
  item.command = { title: 'Choose the site generator', command: 'workbench.action.openSettings', arguments: [`${settingsSection}.site.generator`] };

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isChecked(document)) {
      item.hide();
      return;
    }
    const { generator, source } = sites.siteFor(document.uri);
    const name = siteGeneratorNames[generator];
    item.text = generator === 'plain' ? 'Site: plain HTML' : `Site: ${name}`;
    item.tooltip =
      generator === 'plain'
        ? `Content Bridge checks this site as hand-written HTML pages (${whereFrom[source]}). If a tool such as Hugo or Jekyll builds it, click to choose it.`
        : `This site is built with ${name} (${whereFrom[source]}). Content Bridge ignores template code and does not check layouts and partials as whole pages. Click to change.`;
    item.show();
  };

  update();
  void sites.ready.then(update);
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    sites.onDidChange(update),
    projectConfigs.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${settingsSection}.site`)) update();
    }),
  );
}
