import * as vscode from 'vscode';

/**
 * The questions and notes that follow a team-wide change or a fix-all, in one place so the integration tests can
 * read what a person would see and answer for them: the test workbench cannot click a modal dialog's buttons.
 */
export interface UserPrompts {
  /** A modal question; true only when the person chose `confirmLabel`. */
  confirm(message: string, detail: string, confirmLabel: string): Thenable<boolean>;
  /** A notification with buttons; resolves with the button chosen, or undefined when it was closed. */
  inform(message: string, ...buttons: string[]): Thenable<string | undefined>;
}

const vscodePrompts: UserPrompts = {
  confirm: async (message, detail, confirmLabel) => (await vscode.window.showWarningMessage(message, { modal: true, detail }, confirmLabel)) === confirmLabel,
  inform: (message, ...buttons) => vscode.window.showInformationMessage(message, ...buttons),
};

let current: UserPrompts = vscodePrompts;

export function prompts(): UserPrompts {
  return current;
}

/** Replaces the prompts, for the integration tests only. Undefined restores VS Code's own dialogs. */
export function usePrompts(replacement: UserPrompts | undefined): void {
  current = replacement ?? vscodePrompts;
}
