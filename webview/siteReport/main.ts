// Runs inside the "Site report" webview: draws the report the extension sends, filters it, and asks the extension to
// open a page at a problem or to export the report. Everything is written with textContent, except the chart, which
// is SVG markup built by the core from numbers and escaped text.
import '../shared/l10n';
import * as l10n from '@vscode/l10n';
import { provideVSCodeDesignSystem, vsCodeButton, vsCodeDropdown, vsCodeOption, vsCodeTextField } from '@vscode/webview-ui-toolkit';
import { historyChartSvg } from '../../src/core/site/reportChart';
import { scoreExplanation } from '../../src/core/site/pageScore';
import { describeCounts, formatCheckedAt, reportPageName, severityLabels, type ReportPage, type SiteReport } from '../../src/core/site/reportModel';
import type { ExtensionToSiteReportMessage, SiteReportToExtensionMessage } from '../../src/shared/siteReportProtocol';

provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodeTextField());

interface VsCodeApi {
  postMessage(message: SiteReportToExtensionMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

type ValueElement = HTMLElement & { value: string };
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let report: SiteReport | undefined;
let selectedPath: string | undefined;

window.addEventListener('message', (event: MessageEvent<ExtensionToSiteReportMessage>) => {
  const message = event.data;
  switch (message?.type) {
    case 'report':
      report = message.report;
      showReport();
      break;
    case 'checking':
      byId('summary').textContent = l10n.t('Checking the whole site: {0} of {1} pages…', message.checked, message.total);
      break;
    case 'status':
      showStatus(message.tone, message.text);
      break;
  }
});

byId('recheck').addEventListener('click', () => vscode.postMessage({ type: 'recheck' }));
byId('copyMarkdown').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'markdown', destination: 'clipboard' }));
byId('saveMarkdown').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'markdown', destination: 'file' }));
byId('saveHtml').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'html', destination: 'file' }));
for (const id of ['filterText', 'filterSeverity', 'filterCheck']) {
  byId(id).addEventListener('input', () => showPages());
  byId(id).addEventListener('change', () => showPages());
}

vscode.postMessage({ type: 'ready' });

function showReport(): void {
  if (!report) return;
  byId('summary').textContent = summaryOf(report);
  byId('scoreNote').textContent = scoreExplanation;
  fillCheckFilter(report);
  showChecks(report);
  byId('chart').innerHTML = historyChartSvg(report.history);
  if (selectedPath && !report.pages.some((page) => page.path === selectedPath)) selectedPath = undefined;
  showPages();
}

/** One whole sentence per count form, so a translation can word each one. */
function summaryOf(current: SiteReport): string {
  const values = [formatCheckedAt(current.checkedAt), current.pageCount, current.problemCount, describeCounts(current.counts), current.averageScore];
  if (current.pageCount === 1)
    return current.problemCount === 1
      ? l10n.t('Checked {0}: 1 page, 1 problem ({3}). Average score {4} out of 100.', ...values)
      : l10n.t('Checked {0}: 1 page, {2} problems ({3}). Average score {4} out of 100.', ...values);
  return current.problemCount === 1
    ? l10n.t('Checked {0}: {1} pages, 1 problem ({3}). Average score {4} out of 100.', ...values)
    : l10n.t('Checked {0}: {1} pages, {2} problems ({3}). Average score {4} out of 100.', ...values);
}

function fillCheckFilter(current: SiteReport): void {
  const select = byId<ValueElement>('filterCheck');
  const chosen = select.value;
  select.replaceChildren(option('', l10n.t('All checks')), ...current.checks.map((check) => option(check.ruleId, `${check.check} (${check.problems})`)));
  select.value = current.checks.some((check) => check.ruleId === chosen) ? chosen : '';
}

function option(value: string, label: string): HTMLElement {
  const element = document.createElement('vscode-option');
  element.setAttribute('value', value);
  element.textContent = label;
  return element;
}

/** The pages the filters let through, each with only the problems they let through (counts follow). */
function filteredPages(current: SiteReport): ReportPage[] {
  const text = byId<ValueElement>('filterText').value.trim().toLowerCase();
  const severity = byId<ValueElement>('filterSeverity').value || 'all';
  const check = byId<ValueElement>('filterCheck').value;
  const filtering = severity !== 'all' || check !== '';
  return current.pages
    .filter((page) => text === '' || page.path.toLowerCase().includes(text))
    .map((page) => {
      if (!filtering) return page;
      const problems = page.problems.filter((problem) => (severity === 'all' || problem.severity === severity) && (check === '' || problem.ruleId === check));
      return { ...page, problems };
    })
    .filter((page) => !filtering || page.problems.length > 0);
}

function showPages(): void {
  if (!report) return;
  const pages = filteredPages(report);
  const body = byId('pages').querySelector('tbody') as HTMLTableSectionElement;
  body.replaceChildren(
    ...pages.map((page) => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      const button = document.createElement('button');
      button.className = 'link';
      button.textContent = reportPageName(page);
      button.setAttribute('aria-pressed', String(page.path === selectedPath));
      button.addEventListener('click', () => {
        selectedPath = page.path;
        showPages();
      });
      name.append(button);
      row.append(name, cell(String(page.score)), cell(String(page.counts.error)), cell(String(page.counts.warning)), cell(String(page.counts.info)));
      if (page.path === selectedPath) row.className = 'selected';
      return row;
    }),
  );
  byId('noPages').hidden = pages.length > 0;
  showProblems(pages.find((page) => page.path === selectedPath));
  vscode.postMessage({ type: 'rendered', worstPage: body.querySelector('th')?.textContent ?? '', pagesShown: pages.length });
}

function showProblems(page: ReportPage | undefined): void {
  const list = byId('problems');
  byId('problemsHeading').textContent = page ? l10n.t('Problems on {0} (score {1})', reportPageName(page), page.score) : l10n.t('Problems on the page');
  byId('problemsHint').hidden = page !== undefined;
  list.replaceChildren(
    ...(page?.problems ?? []).map((problem) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.className = 'link';
      const where = document.createElement('span');
      where.className = `severity ${problem.severity}`;
      where.textContent = l10n.t('{0}, line {1}:', severityLabels[problem.severity], problem.line);
      button.append(where, ` ${problem.message} `);
      const check = document.createElement('span');
      check.className = 'hint';
      check.textContent = `(${problem.check})`;
      button.append(check);
      button.addEventListener('click', () => vscode.postMessage({ type: 'open', path: page?.path ?? '', line: problem.line, column: problem.column }));
      item.append(button);
      return item;
    }),
  );
}

function showChecks(current: SiteReport): void {
  const body = byId('checks').querySelector('tbody') as HTMLTableSectionElement;
  body.replaceChildren(
    ...current.checks.map((check) => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = check.check;
      row.append(name, cell(String(check.problems)), cell(String(check.pages)));
      return row;
    }),
  );
}

function cell(text: string): HTMLTableCellElement {
  const element = document.createElement('td');
  element.textContent = text;
  return element;
}

function showStatus(tone: 'info' | 'error', text: string): void {
  const status = byId('status');
  status.textContent = text;
  status.className = tone;
  status.hidden = false;
}
