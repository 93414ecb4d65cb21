import * as vscode from 'vscode';
import { readRuleEntries, type CheckConfig } from '../core';

/** Every setting lives under this section, as contributed in package.json. */
export const settingsSection = 'contentBridge';

export interface DiagnosticsSettings {
  readonly enabled: boolean;
  readonly delayMs: number;
  /** Files longer than this many characters are checked when opened and saved, not while typing. */
  readonly maxCharactersWhileTyping: number;
  /** Files longer than this many characters are checked in the background, off the editor's main work. */
  readonly minCharactersInBackground: number;
}

/** Diagnostics settings by workspace folder, while `keepDiagnosticsSettings` is registered. */
let keptByFolder: Map<string, DiagnosticsSettings> | undefined;

/**
 * Keeps the settings read on every keystroke until a Content Bridge setting or the workspace's folders change:
 * reading them costs about a millisecond each time. Register it before anything that listens for setting changes,
 * so those listeners read the new values (VS Code calls listeners in the order they were added).
 */
export function keepDiagnosticsSettings(): vscode.Disposable {
  const kept = new Map<string, DiagnosticsSettings>();
  keptByFolder = kept;
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(settingsSection)) kept.clear();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => kept.clear()),
    {
      dispose: () => {
        if (keptByFolder === kept) keptByFolder = undefined;
      },
    },
  );
}

/** The settings read on every keystroke: cheap values only (the rule settings are read once per check). */
export function readDiagnosticsSettings(scope?: vscode.ConfigurationScope): DiagnosticsSettings {
  // Settings differ by workspace folder, never by file, so a file's settings are its folder's.
  if (!keptByFolder || !(scope instanceof vscode.Uri)) return readDiagnosticsSettingsNow(scope);
  const key = vscode.workspace.getWorkspaceFolder(scope)?.uri.toString() ?? '';
  let settings = keptByFolder.get(key);
  if (!settings) keptByFolder.set(key, (settings = readDiagnosticsSettingsNow(scope)));
  return settings;
}

function readDiagnosticsSettingsNow(scope?: vscode.ConfigurationScope): DiagnosticsSettings {
  const settings = vscode.workspace.getConfiguration(settingsSection, scope);
  return {
    enabled: readRenamed(settings, 'checking.enabled', 'diagnostics.enabled', true),
    delayMs: clamp(readRenamed(settings, 'checking.waitAfterTyping', 'diagnostics.delay', 300), 0, 5000),
    maxCharactersWhileTyping: clamp(readRenamed(settings, 'checking.largestPageWhileTyping', 'diagnostics.maxFileSizeWhileTyping', 1024), 1, 1_000_000) * 1024,
    minCharactersInBackground: clamp(settings.get<number>('checking.largePageSize', 50), 0, 1_000_000) * 1024,
  };
}

/** The settings whose names people read in the settings editor; the first ones were named for developers. */
export const checkingSettings = {
  largestPageWhileTyping: `${settingsSection}.checking.largestPageWhileTyping`,
} as const;

/**
 * A setting under its plain name, or — when only the name it had before 0.2 is set — under that one, so a setting
 * someone already chose keeps working.
 */
function readRenamed<T>(settings: vscode.WorkspaceConfiguration, name: string, oldName: string, fallback: T): T {
  const current = settings.inspect<T>(name);
  const isSet = (value: T | undefined) => value !== undefined;
  if (current && (isSet(current.globalValue) || isSet(current.workspaceValue) || isSet(current.workspaceFolderValue))) return settings.get<T>(name, fallback);
  return settings.get<T>(oldName, settings.get<T>(name, fallback));
}

/**
 * The user's own rule settings, layered over the project's `.contentbridge.json`. Entries a hand-edited
 * settings.json gets wrong are ignored rather than failing every check.
 */
export function readPersonalConfig(scope?: vscode.ConfigurationScope): CheckConfig {
  return { rules: readRuleEntries(vscode.workspace.getConfiguration(settingsSection, scope).get<unknown>('rules', {})) };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
