import * as vscode from 'vscode';
import { siteGeneratorNames } from '../../core';
import { isChecked } from '../diagnostics/htmlDiagnostics';
import { settingsSection } from '../settings';
import type { SiteGenerators, SiteGeneratorSource } from './siteGenerators';
import type { ProjectConfigs } from '../config/projectConfigs';

/** Says in the status bar which tool builds the site of the page in front of the user (shown for checked pages). */
export function registerSiteStatus(sites: SiteGenerators, projectConfigs: ProjectConfigs): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('contentBridge.site', vscode.StatusBarAlignment.Right, 99);
  item.name = vscode.l10n.t('Content Bridge: site');
  item.command = {
    title: vscode.l10n.t('Choose the site generator'),
    command: 'workbench.action.openSettings',
    arguments: [`${settingsSection}.site.generator`],
  };

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isChecked(document)) {
      item.hide();
      return;
    }
    const { generator, source } = sites.siteFor(document.uri);
    const name = siteGeneratorNames[generator];
    item.text = generator === 'plain' ? vscode.l10n.t('Site: plain HTML') : vscode.l10n.t('Site: {0}', name);
    item.tooltip = generator === 'plain' ? plainTooltip(source) : builtTooltip(name, source);
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

/** The status bar's explanation for hand-written pages, saying where that answer came from. */
function plainTooltip(source: SiteGeneratorSource): string {
  switch (source) {
    case 'setting':
      return vscode.l10n.t(
        'Content Bridge checks this site as hand-written HTML pages (as chosen in your settings). If a tool such as Hugo or Jekyll builds it, click to choose it.',
      );
    case 'project':
      return vscode.l10n.t(
        "Content Bridge checks this site as hand-written HTML pages (as set in this site's .contentbridge.json). If a tool such as Hugo or Jekyll builds it, click to choose it.",
      );
    case 'detected':
      return vscode.l10n.t(
        'Content Bridge checks this site as hand-written HTML pages (worked out from the files in this folder). If a tool such as Hugo or Jekyll builds it, click to choose it.',
      );
  }
}

/** The status bar's explanation for a site a generator builds, saying where that answer came from. */
function builtTooltip(name: string, source: SiteGeneratorSource): string {
  switch (source) {
    case 'setting':
      return vscode.l10n.t(
        'This site is built with {0} (as chosen in your settings). Content Bridge ignores template code and does not check layouts and partials as whole pages. Click to change.',
        name,
      );
    case 'project':
      return vscode.l10n.t(
        "This site is built with {0} (as set in this site's .contentbridge.json). Content Bridge ignores template code and does not check layouts and partials as whole pages. Click to change.",
        name,
      );
    case 'detected':
      return vscode.l10n.t(
        'This site is built with {0} (worked out from the files in this folder). Content Bridge ignores template code and does not check layouts and partials as whole pages. Click to change.',
        name,
      );
  }
}
