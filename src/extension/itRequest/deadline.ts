/** IT plans its work too: a date sooner than this many working days gets a gentle note. */
const plannedWorkingDays = 3;

/** The note for a "needed by" date (YYYY-MM-DD), or undefined when there is time enough or no date. */
export function deadlineNote(neededBy: string | undefined, today: Date = new Date()): string | undefined {
  if (!neededBy) return undefined;
  const due = new Date(`${neededBy}T00:00:00`);
  if (Number.isNaN(due.getTime())) return undefined;
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (due < start) return 'This date has passed. Pick the date you now need it by, or choose "No deadline".';
  let workingDays = 0;
  for (const day = new Date(start); day < due && workingDays < plannedWorkingDays; day.setDate(day.getDate() + 1)) {
    const weekday = day.getDay();
    if (weekday !== 0 && weekday !== 6) workingDays++;
  }
  if (workingDays >= plannedWorkingDays) return undefined;
  return 'That is less than three working days away. IT plans its work too: say why it is urgent, and what happens if it waits.';
}
