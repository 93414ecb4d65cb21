import * as vscode from 'vscode';
import { readRuleEntries, type CheckConfig } from '../core';

/** Every setting lives under this section, as contributed in package.json. */
export const settingsSection = 'contentBridge';

export interface DiagnosticsSettings {
  readonly enabled: boolean;
  readonly delayMs: number;
  /** Files longer than this many characters are checked when opened and saved, not while typing. */
  readonly maxCharactersWhileTyping: number;
  /** The user's own rule settings, layered over the project's `.contentbridge.json`. */
  readonly personal: CheckConfig;
}

export function readDiagnosticsSettings(scope?: vscode.ConfigurationScope): DiagnosticsSettings {
  const settings = vscode.workspace.getConfiguration(settingsSection, scope);
  return {
    enabled: settings.get<boolean>('diagnostics.enabled', true),
    delayMs: clamp(settings.get<number>('diagnostics.delay', 300), 0, 5000),
    maxCharactersWhileTyping: clamp(settings.get<number>('diagnostics.maxFileSizeWhileTyping', 1024), 1, 1_000_000) * 1024,
    // Entries a hand-edited settings.json gets wrong are ignored rather than failing every check.
    personal: { rules: readRuleEntries(settings.get<unknown>('rules', {})) },
  };
}

export function readItRequestRepository(scope?: vscode.ConfigurationScope): string {
  return vscode.workspace.getConfiguration(settingsSection, scope).get<string>('itRequest.repository', '').trim();
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
