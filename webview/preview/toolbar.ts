import * as l10n from '@vscode/l10n';
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDropdown,
  vsCodeOption,
  vsCodePanels,
  vsCodePanelTab,
  vsCodePanelView,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';
import type { PreviewView } from '../../src/shared/previewProtocol';

provideVSCodeDesignSystem().register(
  vsCodeButton(),
  vsCodeCheckbox(),
  vsCodeDropdown(),
  vsCodeOption(),
  vsCodePanels(),
  vsCodePanelTab(),
  vsCodePanelView(),
  vsCodeTextField(),
);

/** The widths people check a page at. 0 is the panel's own width. */
export function widths(): readonly { readonly label: string; readonly value: number }[] {
  return [
    { label: l10n.t('Full width'), value: 0 },
    { label: l10n.t('Phone ({0})', 375), value: 375 },
    { label: l10n.t('Tablet ({0})', 768), value: 768 },
    { label: l10n.t('Laptop ({0})', 1280), value: 1280 },
  ];
}
const zooms = [50, 75, 100, 125, 150];

export const defaultView: PreviewView = { tab: 'page', width: 0, zoom: 100, overlay: true, scrollSync: true };

export interface Toolbar {
  readonly host: HTMLElement;
  /** Short text at the end of the toolbar: how many problems are outlined, what was left out. */
  setNote(text: string): void;
  /** The toolbar's height now (it wraps onto more rows in a narrow panel). */
  height(): number;
  /** Whether the page's own scripts run (`on`), and whether they can be allowed for this page at all (`offered`). */
  setScripts(on: boolean, offered: boolean): void;
  /** Says which sites' images, fonts or styles were not loaded, with a button to allow them (none: hidden). */
  setBlocked(sites: readonly string[]): void;
  /**
   * Which mode the preview is in, in words ("Built by Eleventy at localhost:8080"); `built`: the built pages mode, where
   * `detail` says what works. While the built page is shown (`showsBuiltPage`), the problem outlines and scrolling
   * with the editor do not apply (they work on the file), so their switches are off. `restart`: the server stopped,
   * and a button with these words starts it again.
   */
  setMode(label: string, built: boolean, detail: string, showsBuiltPage: boolean, restart?: string): void;
  /** Why the page's scripts, allowed before, do not run now (empty: hidden). */
  setScriptsNote(text: string): void;
}

/**
 * The preview's toolbar, fixed above the page in its own shadow root (the page's styles cannot reach it):
 * tabs Page / Search result / Social card, width, zoom, problems and scroll toggles, refresh, open in browser.
 */
export function createToolbar(
  initial: PreviewView,
  onChange: (view: PreviewView) => void,
  actions: {
    refresh(): void;
    openInBrowser(): void;
    resized(): void;
    allow(sites: readonly string[]): void;
    builtPages(on: boolean): void;
    pageScripts(on: boolean): void;
  },
): Toolbar {
  let view = initial;
  const change = (next: Partial<PreviewView>) => {
    view = { ...view, ...next };
    onChange(view);
  };
  const host = document.createElement('content-bridge-toolbar');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    ':host { all: initial; position: fixed; top: 0; left: 0; right: 0; z-index: 2147483646; }' +
    ' .bar { box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; padding: 4px 8px; white-space: nowrap;' +
    ' background: var(--vscode-editor-background, #fff); color: var(--vscode-foreground, #333); border-bottom: 1px solid var(--vscode-panel-border, #ccc);' +
    ' font: 12px var(--vscode-font-family, system-ui, sans-serif); }' +
    ' vscode-panels { flex: none; } vscode-panel-view { display: none; } vscode-dropdown { min-width: 110px; } vscode-text-field { width: 70px; }' +
    ' .mode { font-weight: 600; } .mode-detail { white-space: normal; opacity: .8; } .mode-detail:empty { display: none; } .note { overflow: hidden; text-overflow: ellipsis; opacity: .8; } .scripts-note { white-space: normal; } .blocked { display: inline-flex; align-items: center; gap: 6px; } .blocked[hidden] { display: none; }';
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', l10n.t('Preview'));

  const tabs = document.createElement('vscode-panels') as HTMLElement & { activeid?: string };
  for (const [id, label] of [
    ['page', l10n.t('Page')],
    ['search', l10n.t('Search result')],
    ['social', l10n.t('Social card')],
  ] as const) {
    const tab = document.createElement('vscode-panel-tab');
    tab.id = `tab-${id}`;
    tab.textContent = label;
    tabs.append(tab);
  }
  for (let i = 0; i < 3; i++) tabs.append(document.createElement('vscode-panel-view'));
  tabs.setAttribute('activeid', `tab-${view.tab}`);
  tabs.addEventListener('change', () => {
    const id = (tabs.activeid ?? '').replace('tab-', '');
    if ((id === 'page' || id === 'search' || id === 'social') && id !== view.tab) change({ tab: id });
  });

  const width = dropdown(l10n.t('Page width'), [
    ...widths().map((choice) => ({ label: choice.label, value: String(choice.value) })),
    { label: l10n.t('Custom…'), value: 'custom' },
  ]);
  const known = widths().some((choice) => choice.value === view.width);
  width.value = known ? String(view.width) : 'custom';
  const customWidth = document.createElement('vscode-text-field') as HTMLElement & { value: string };
  customWidth.setAttribute('aria-label', l10n.t('Custom width in pixels'));
  customWidth.setAttribute('size', '5');
  customWidth.value = known ? '' : String(view.width);
  customWidth.hidden = known;
  width.addEventListener('change', () => {
    if (width.value === 'custom') {
      customWidth.hidden = false;
      customWidth.focus();
      return;
    }
    customWidth.hidden = true;
    change({ width: Number(width.value) });
  });
  customWidth.addEventListener('change', () => {
    const pixels = Math.round(Number(customWidth.value));
    if (Number.isFinite(pixels) && pixels >= 200 && pixels <= 4000) change({ width: pixels });
  });

  const zoom = dropdown(
    l10n.t('Zoom'),
    zooms.map((percent) => ({ label: `${percent}%`, value: String(percent) })),
  );
  zoom.value = String(view.zoom);
  zoom.addEventListener('change', () => change({ zoom: Number(zoom.value) }));

  const overlay = checkbox(l10n.t('Problems'), view.overlay, l10n.t('Outline the problems found on the page'));
  overlay.addEventListener('change', () => change({ overlay: overlay.checked }));
  const scroll = checkbox(l10n.t('Scroll with editor'), view.scrollSync, l10n.t('Scroll the page and the editor together'));
  scroll.addEventListener('change', () => change({ scrollSync: scroll.checked }));

  const refresh = button(l10n.t('Refresh'), l10n.t('Show the page again from the file'));
  refresh.addEventListener('click', () => actions.refresh());
  const browser = button(l10n.t('Open in browser'), l10n.t('Open the saved page in your web browser'));
  browser.addEventListener('click', () => actions.openInBrowser());

  // Built pages: the page as the site's development server builds it, started only when the user asks.
  let built = false;
  const mode = document.createElement('span');
  mode.className = 'mode';
  mode.id = 'mode';
  const modeDetail = document.createElement('span');
  modeDetail.className = 'mode-detail';
  modeDetail.id = 'mode-detail';
  const builtToggle = button(l10n.t('Show the built page'), l10n.t("Start your site's development server and show the page as it builds it"));
  builtToggle.id = 'built-pages';
  builtToggle.addEventListener('click', () => actions.builtPages(!built));
  // After a reload the server is not started unasked: this button does it, when the toolbar says it stopped.
  const builtRestart = button('', '');
  builtRestart.id = 'built-restart';
  builtRestart.hidden = true;
  builtRestart.addEventListener('click', () => actions.builtPages(true));

  // The page's own scripts stay off unless the user allows them for this page (the extension asks first).
  let scriptsOn = false;
  const scripts = button(l10n.t("Allow this page's scripts"), l10n.t("Let this page's own scripts run in the preview (you are asked first)"));
  scripts.id = 'page-scripts';
  scripts.addEventListener('click', () => actions.pageScripts(!scriptsOn));

  const note = document.createElement('span');
  note.className = 'note';
  note.setAttribute('role', 'status');
  const scriptsNote = document.createElement('span');
  scriptsNote.className = 'note scripts-note';
  scriptsNote.id = 'scripts-note';
  scriptsNote.hidden = true;
  // Loading from a site tells it someone is looking at the page: only after the user says so, site by site.
  const blocked = document.createElement('span');
  blocked.className = 'blocked';
  blocked.hidden = true;
  const blockedText = document.createElement('span');
  const allow = button(l10n.t('Load them'), l10n.t('Load images, fonts and styles from these sites in this folder from now on'));
  allow.id = 'allow-sites';
  let blockedSites: readonly string[] = [];
  allow.addEventListener('click', () => actions.allow(blockedSites));
  blocked.append(blockedText, allow);
  bar.append(
    tabs,
    width,
    customWidth,
    zoom,
    overlay,
    scroll,
    refresh,
    browser,
    builtToggle,
    builtRestart,
    scripts,
    mode,
    modeDetail,
    note,
    scriptsNote,
    blocked,
  );
  shadow.append(style, bar);
  new ResizeObserver(() => actions.resized()).observe(bar);
  return {
    host,
    setNote(text) {
      note.textContent = text;
      note.title = text;
    },
    setMode(label, isBuilt, detail, showsBuiltPage, restart) {
      built = isBuilt;
      mode.textContent = label;
      mode.title = detail;
      // In built mode, what works there is said in the toolbar itself; in the file's mode everything does.
      modeDetail.textContent = isBuilt ? detail : '';
      for (const fileOnly of [overlay, scroll]) fileOnly.toggleAttribute('disabled', showsBuiltPage);
      builtToggle.textContent = isBuilt ? l10n.t('Show your file') : l10n.t('Show the built page');
      builtToggle.title = isBuilt
        ? l10n.t('Show your file as you type it, with its problems outlined')
        : l10n.t("Start your site's development server and show the page as it builds it");
      builtRestart.hidden = restart === undefined;
      builtRestart.textContent = restart ?? '';
      builtRestart.title = restart ?? '';
    },
    setScriptsNote(text) {
      scriptsNote.textContent = text;
      scriptsNote.title = text;
      scriptsNote.hidden = text === '';
    },
    height: () => Math.ceil(bar.getBoundingClientRect().height),
    setScripts(on, offered) {
      scriptsOn = on;
      scripts.hidden = !offered;
      scripts.textContent = on ? l10n.t("Turn this page's scripts off") : l10n.t("Allow this page's scripts");
      scripts.title = on
        ? l10n.t("Stop this page's own scripts in the preview")
        : l10n.t("Let this page's own scripts run in the preview (you are asked first)");
    },
    setBlocked(sites) {
      blockedSites = sites;
      blocked.hidden = sites.length === 0;
      blockedText.textContent = `${l10n.t('Not loaded from the web: {0}', sites.map((site) => site.replace(/^https?:\/\//, '')).join(', '))} `;
    },
  };
}

function dropdown(label: string, options: readonly { label: string; value: string }[]): HTMLElement & { value: string } {
  const element = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  element.setAttribute('aria-label', label);
  element.title = label;
  for (const option of options) {
    const item = document.createElement('vscode-option') as HTMLElement & { value: string };
    item.value = option.value;
    item.setAttribute('value', option.value);
    item.textContent = option.label;
    element.append(item);
  }
  return element;
}

function checkbox(label: string, checked: boolean, title: string): HTMLElement & { checked: boolean } {
  const element = document.createElement('vscode-checkbox') as HTMLElement & { checked: boolean };
  element.textContent = label;
  element.title = title;
  element.checked = checked;
  if (checked) element.setAttribute('checked', '');
  return element;
}

function button(label: string, title: string): HTMLElement {
  const element = document.createElement('vscode-button');
  element.setAttribute('appearance', 'secondary');
  element.textContent = label;
  element.title = title;
  return element;
}
