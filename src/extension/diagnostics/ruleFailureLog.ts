import * as vscode from 'vscode';

/** Name of the output channel where Content Bridge writes what a bug report needs. */
export const outputChannelName = 'Content Bridge';

/** The page gets a short note when a check fails; the full error and its stack go to the output channel. */
export interface RuleFailureLog extends vscode.Disposable {
  readonly onRuleFailure: (ruleId: string, error: unknown) => void;
}

export function createRuleFailureLog(): RuleFailureLog {
  const channel = vscode.window.createOutputChannel(outputChannelName, { log: true });
  return {
    onRuleFailure: (ruleId, error) => channel.error(`The "${ruleId}" check failed:`, error instanceof Error ? error : String(error)),
    dispose: () => channel.dispose(),
  };
}
