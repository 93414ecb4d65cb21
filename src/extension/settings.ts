import * as vscode from 'vscode';
import type { CheckConfig, RuleSetting } from '../core';

/** Every setting lives under this section, as contributed in package.json. */
export const settingsSection = 'contentBridge';

export interface DiagnosticsSettings {
  readonly enabled: boolean;
  readonly delayMs: number;
  readonly config: CheckConfig;
}

export function readDiagnosticsSettings(scope?: vscode.ConfigurationScope): DiagnosticsSettings {
  const settings = vscode.workspace.getConfiguration(settingsSection, scope);
  return {
    enabled: settings.get<boolean>('diagnostics.enabled', true),
    delayMs: clamp(settings.get<number>('diagnostics.delay', 300), 0, 5000),
    config: { rules: validRuleSettings(settings.get<Record<string, unknown>>('rules', {})) },
  };
}

export function readItRequestRepository(scope?: vscode.ConfigurationScope): string {
  return vscode.workspace.getConfiguration(settingsSection, scope).get<string>('itRequest.repository', '').trim();
}

const ruleSettings: readonly string[] = ['off', 'error', 'warning', 'info'];

/** Ignores values a hand-edited settings.json may get wrong, rather than failing every check. */
function validRuleSettings(raw: Record<string, unknown> | undefined): Record<string, RuleSetting> {
  const valid: Record<string, RuleSetting> = {};
  for (const [ruleId, value] of Object.entries(raw ?? {})) {
    if (typeof value === 'string' && ruleSettings.includes(value)) valid[ruleId] = value as RuleSetting;
  }
  return valid;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
