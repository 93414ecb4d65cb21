import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeAnswer, type Finding, type TextRequest } from '../../src/core';

/** Fixture files live in the source tree; tests run from out/, so paths are taken from the repository root. */
export const repositoryRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesRoot = path.join(repositoryRoot, 'test', 'fixtures');

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(fixturesRoot, ...parts), 'utf8');
}

/**
 * Inline expectations: `<!-- expect-next-line: rule-id -->` says the next line
 * must hold the start of a finding of that rule (one comment per expected
 * finding). Lines without such a comment must have none.
 */
export function expectedFindingLines(text: string, ruleId: string): number[] {
  return expectations(text, ruleId)
    .map((expectation) => expectation.line)
    .sort((a, b) => a - b);
}

/**
 * `expect-next-line: id`, optionally `at [exact text of the finding]` (a trailing … : the text starts so, over lines),
 * and `@n` when it is the text's nth occurrence on the line.
 */
const expectationComment = /<!--\s*expect-next-line:\s*([\w-]+)(?:\s+at\s+\[(.*?)\](?:@(\d+))?)?\s*-->/g;

interface Expectation {
  /** 0-based line the finding must start on. */
  readonly line: number;
  readonly at?: string;
  readonly occurrence?: number;
}

function expectations(text: string, ruleId: string): Expectation[] {
  const found: Expectation[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const match of line.matchAll(expectationComment)) {
      if (match[1] === ruleId) found.push({ line: index + 1, at: match[2], occurrence: match[3] === undefined ? undefined : Number(match[3]) });
    }
  });
  return found;
}

/** Where a finding sits, as a reader of the fixture would point at it: "line:column-line:column", 1-based. */
export type FindingPlace = string;

/**
 * Where each expected finding must start and end. Plain `expect-next-line: id` means the finding covers the
 * first start tag on that line (the second comment on a line, the second tag, and so on), from `<` to its `>`
 * (on a line with no start tag, its first character that is not a space);
 * `at [text]` means it covers exactly that text on that line (its first occurrence not already expected, or the
 * nth with `at [text]@n`), and `at [text…]` that it starts with that text and runs on over more lines.
 */
export function expectedFindingPlaces(text: string, ruleId: string): FindingPlace[] {
  const lineStarts = lineStartsOf(text);
  const places: FindingPlace[] = [];
  const usedTags = new Map<number, number>();
  const usedTexts = new Map<string, number>();
  for (const { line, at, occurrence } of expectations(text, ruleId)) {
    const from = lineStarts[line] ?? text.length;
    const lineEnd = lineStarts[line + 1] ?? text.length;
    if (at === undefined) {
      const nth = usedTags.get(line) ?? 0;
      usedTags.set(line, nth + 1);
      const start = nthStartTag(text, from, lineEnd, nth);
      if (start !== undefined) places.push(placeOf(lineStarts, start, startTagEnd(text, start)));
      else {
        // A line with no start tag (inside a script's data): the first character that is not a space.
        let first = from;
        while (first < lineEnd && (text[first] === ' ' || text[first] === '\t')) first++;
        places.push(placeOf(lineStarts, first, first + 1));
      }
      continue;
    }
    // A trailing … means "runs on over more lines", unless the finding's own text ends with … on this line.
    const runsOn = at.endsWith('…') && !text.slice(from, lineEnd).includes(at);
    const wanted = runsOn ? at.slice(0, -1) : at;
    const key = `${line}\u0000${wanted}`;
    const next = usedTexts.get(key) ?? 0;
    usedTexts.set(key, next + 1);
    const nth = occurrence === undefined ? next : occurrence - 1;
    let start = from - 1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(wanted, start + 1);
    if (start < 0 || start >= lineEnd) places.push(`${line + 1}: [${at}] not found on the line`);
    else places.push(runsOn ? `${placeOf(lineStarts, start, start).split('-')[0]}-(on a later line)` : placeOf(lineStarts, start, start + wanted.length));
  }
  return places.sort();
}

/** The same for the findings a rule reported (a finding over several lines, when expected so, by its start). */
export function actualFindingPlaces(findings: readonly Finding[], ruleId: string, expected: readonly FindingPlace[] = []): FindingPlace[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => {
      // The range the editor shows (0-based), written 1-based.
      const { start: from, end: to } = finding.range;
      const place = `${from.line + 1}:${from.character + 1}-${to.line + 1}:${to.character + 1}`;
      const [start, end] = place.split('-');
      const runsOn = `${start}-(on a later line)`;
      return start.split(':')[0] !== end.split(':')[0] && expected.includes(runsOn) ? runsOn : place;
    })
    .sort();
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function placeOf(lineStarts: readonly number[], start: number, end: number): FindingPlace {
  const position = (offset: number): string => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return `${line + 1}:${offset - lineStarts[line] + 1}`;
  };
  return `${position(start)}-${position(end)}`;
}

/** The offset of the nth start tag (`<` and a letter) between two offsets. */
function nthStartTag(text: string, from: number, to: number, nth: number): number | undefined {
  let seen = 0;
  for (let i = text.indexOf('<', from); i >= 0 && i < to; i = text.indexOf('<', i + 1)) {
    if (!/[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    if (seen === nth) return i;
    seen++;
  }
  return undefined;
}

/** Just after the `>` that ends the start tag at `start`, skipping quoted attribute values. */
function startTagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if ((char === '"' || char === "'") && /[=\s]/.test(text[i - 1])) quote = char;
    else if (char === '>') return i + 1;
  }
  return text.length;
}

export function actualFindingLines(findings: readonly Finding[], ruleId: string): number[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.range.start.line)
    .sort((a, b) => a - b);
}

/**
 * Applies the preferred fix of every finding (non-overlapping, from the end backwards) as an editor would. A fix
 * that asks for words gets an empty answer, or, with `answering`, a sample answer that suits the question.
 */
export function applyFixes(text: string, findings: readonly Finding[], answering = false): string {
  const edits = findings
    .flatMap((finding, index) => {
      const fix = finding.fixes[0];
      if (!fix) return [];
      if (!answering || !fix.ask) return fix.edits;
      const { start, end, before, after, escape } = fix.ask;
      return [{ start, end, newText: before + escapeAnswer(escape, sampleAnswer(fix.ask, index)) + after }];
    })
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** What a communicator would type for a question: a language code for a language, a fresh id for an id, and so on. */
export function sampleAnswer(request: TextRequest, index: number): string {
  const prompt = request.prompt.toLowerCase();
  let answer = `Opening hours of the Riverside library, part ${index + 1}`;
  if (prompt.includes('address')) answer = `https://www.example.org/page-${index + 1}/`;
  else if (prompt.includes('language')) answer = 'fr';
  else if (prompt.includes('new id')) answer = `new-id-${index + 1}`;
  else if (prompt.includes('picture')) answer = '/images/share.png';
  else if (prompt.includes('description'))
    answer = `Opening hours, addresses and events of the Riverside library, and how to join and borrow books (${index + 1}).`;
  const { min, max } = request.length ?? {};
  while (min !== undefined && answer.length < min) answer += ' and more';
  return max !== undefined ? answer.slice(0, max).trim() : answer;
}
