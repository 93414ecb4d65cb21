import * as vscode from 'vscode';
import type { Answers, ChoiceQuestion, TextQuestion } from '../../core/inserts';

/** Tells listeners (the integration tests) which question is showing, once it shows. */
export const questionShown = new vscode.EventEmitter<string>();

/** An answer refused at Enter: the question and the reason shown under the box (for the integration tests). */
export interface RefusedAnswer {
  readonly prompt: string;
  readonly answer: string;
  readonly reason: string;
}

/** Tells listeners (the integration tests) when an answer was refused, with the reason the writer sees. */
export const answerRefused = new vscode.EventEmitter<RefusedAnswer>();

/** Step n of m in the title, so a writer knows how far along they are. */
export interface Step {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
}

/** Asks one line of text, checking it as it is typed; undefined when the writer presses Escape. */
export function askText(question: TextQuestion, answers: Answers, step: Step): Promise<string | undefined> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    input.title = step.title;
    input.step = step.step;
    input.totalSteps = step.totalSteps;
    input.prompt = `${question.prompt}. ${question.guidance}`;
    input.value = question.initialValue ?? '';
    input.ignoreFocusOut = true;
    let accepted: string | undefined;
    const refusal = (value: string) => (value.trim() === '' && question.optional ? undefined : question.validate?.(value, answers));
    // Explained while typing, but only as advice until Enter: a half-typed answer is not a mistake yet.
    input.onDidChangeValue((value) => {
      const reason = value === '' ? undefined : refusal(value);
      input.validationMessage = reason && { message: reason, severity: vscode.InputBoxValidationSeverity.Info };
    });
    input.onDidAccept(() => {
      const reason = refusal(input.value);
      if (reason) {
        input.validationMessage = { message: reason, severity: vscode.InputBoxValidationSeverity.Error };
        answerRefused.fire({ prompt: question.prompt, answer: input.value, reason });
        return;
      }
      accepted = input.value.trim();
      input.hide();
    });
    input.onDidHide(() => {
      input.dispose();
      resolve(accepted);
    });
    input.show();
    questionShown.fire(question.prompt);
  });
}

export interface PickItem<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/** Asks for one item of a list; undefined when the writer presses Escape. */
export function askPick<T>(items: readonly PickItem<T>[], prompt: string, step: Step): Promise<T | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<PickItem<T>>();
    pick.title = step.title;
    pick.step = step.step;
    pick.totalSteps = step.totalSteps;
    pick.placeholder = prompt;
    pick.items = items;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.ignoreFocusOut = true;
    let chosen: T | undefined;
    pick.onDidAccept(() => {
      const [item] = pick.selectedItems;
      if (!item) return;
      chosen = item.value;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
    questionShown.fire(prompt);
  });
}

export function askChoice(question: ChoiceQuestion, step: Step): Promise<string | undefined> {
  const items = question.choices.map((choice) => ({ label: choice.label, detail: choice.detail, value: choice.value }));
  return askPick(items, `${question.prompt} ${question.guidance}`, step);
}
