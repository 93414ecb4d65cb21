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

/** The settings read on every keystroke: cheap values only (the rule settings are read once per check). */
export function readDiagnosticsSettings(scope?: vscode.ConfigurationScope): DiagnosticsSettings {
  const settings = vscode.workspace.getConfiguration(settingsSection, scope);
  return {
    enabled: settings.get<boolean>('diagnostics.enabled', true),
    delayMs: clamp(settings.get<number>('diagnostics.delay', 300), 0, 5000),
    maxCharactersWhileTyping: clamp(settings.get<number>('diagnostics.maxFileSizeWhileTyping', 1024), 1, 1_000_000) * 1024,
    minCharactersInBackground: clamp(settings.get<number>('diagnostics.backgroundCheckSize', 50), 0, 1_000_000) * 1024,
  };
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
