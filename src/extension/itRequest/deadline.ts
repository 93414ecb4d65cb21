import * as vscode from 'vscode';
import { workingDaysUntil } from '../../core';
import { gentleNoticeWorkingDays } from '../../core/itRequest/workingDays';
import { calendarDay } from './compose';

/** The form's note for a "needed by" date (YYYY-MM-DD), or undefined when there is time enough or no date. */
export function deadlineNote(neededBy: string | undefined, today: Date = new Date()): string | undefined {
  if (!neededBy) return undefined;
  const days = workingDaysUntil(calendarDay(today), neededBy);
  if (days === undefined || days >= gentleNoticeWorkingDays) return undefined;
  if (days <= 0) return vscode.l10n.t('This date is today or already past. Pick the date you now need it by, or choose "No deadline".');
  return vscode.l10n.t(
    'That is less than {0} working days away. IT plans its work too: say why it is urgent, and what happens if it waits.',
    gentleNoticeWorkingDays,
  );
}
