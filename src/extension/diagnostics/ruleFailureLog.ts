import * as vscode from 'vscode';

/** Name of the output channel where Content Bridge writes what a bug report needs. */
export const outputChannelName = 'Content Bridge';

/** The page gets a short note when a check fails; the full error and its stack go to the output channel. */
export interface RuleFailureLog {
  readonly onRuleFailure: (ruleId: string, error: unknown) => void;
}

/** One channel for the whole extension: the caller creates it (with `outputChannelName`) and disposes of it. */
export function createRuleFailureLog(channel: vscode.LogOutputChannel): RuleFailureLog {
  return {
    onRuleFailure: (ruleId, error) => channel.error(vscode.l10n.t('The "{0}" check failed:', ruleId), error instanceof Error ? error : String(error)),
  };
}
