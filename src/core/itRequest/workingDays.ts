/** Dates as the request form holds them: `YYYY-MM-DD`, the user's own calendar day. Pure: no time zones involved. */

const dayMs = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(time / dayMs);
}

/**
 * Working days (Monday to Friday) from `today` until `date`: the days after today up to and including the date.
 * Today is Monday and the date is Wednesday: 2. A date today or in the past: 0 or less. Undefined for a bad date.
 */
export function workingDaysUntil(today: string, date: string): number | undefined {
  const from = dayNumber(today);
  const to = dayNumber(date);
  if (from === undefined || to === undefined) return undefined;
  if (to === from) return 0;
  if (to < from) return -countWorkingDays(to, from);
  return countWorkingDays(from, to);
}

/** Working days in (from, to]. */
function countWorkingDays(from: number, to: number): number {
  const days = to - from;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  for (let day = from + fullWeeks * 7 + 1; day <= to; day++) if (isWorkingDay(day)) count++;
  return count;
}

function isWorkingDay(day: number): boolean {
  // 1970-01-01 was a Thursday (weekday 4, Sunday being 0).
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-12-04` → `Friday 4 December 2026`, the same in every locale so the request reads the same everywhere. */
export function readableDate(date: string): string | undefined {
  const day = dayNumber(date);
  if (day === undefined) return undefined;
  const value = new Date(day * dayMs);
  return `${weekdays[value.getUTCDay()]} ${value.getUTCDate()} ${months[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
}

/** How soon is too soon to ask without a word about IT's own planning. */
export const gentleNoticeWorkingDays = 3;
