import * as vscode from 'vscode';
import { settingsSection } from '../settings';

export interface PreviewSettings {
  /** Editor and preview scroll together. */
  readonly scrollSync: boolean;
  /** The site's stylesheet for Markdown pages, relative to the site folder; empty: found by the site generator's habits. */
  readonly stylesheet: string;
}

/** Read for each update; hand-edited values of the wrong type fall back to the defaults. */
export function readPreviewSettings(scope?: vscode.ConfigurationScope): PreviewSettings {
  const settings = vscode.workspace.getConfiguration(settingsSection, scope);
  const scrollSync = settings.get<unknown>('preview.scrollSync', true);
  const stylesheet = settings.get<unknown>('preview.stylesheet', '');
  return {
    scrollSync: typeof scrollSync === 'boolean' ? scrollSync : true,
    stylesheet: typeof stylesheet === 'string' ? stylesheet : '',
  };
}
