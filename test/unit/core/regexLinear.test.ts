import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { repositoryRoot } from '../fixtureExpectations';

/**
 * Every regular expression in src/ must run in linear time on hostile input: a page is checked on every keystroke,
 * so one pattern with nested or ambiguous quantifiers freezes the editor. This test finds every regular expression
 * literal in src/ (a new one is picked up automatically) and runs it, as a global scan, over about 100 KB of the
 * inputs that make backtracking patterns blow up: long runs of each character the pattern mentions, each literal
 * word of the pattern followed by such a run, and the hand-picked inputs in `knownHardInputs`.
 */

const inputLength = 100_000;
/** Linear patterns take a few milliseconds on 100 KB; quadratic ones take seconds, exponential ones forever. */
const limitMs = 400;

interface RegexSite {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

/** How to build one input: `prefix` + `unit` repeated to about inputLength characters + `suffix`. */
interface InputRecipe {
  readonly prefix: string;
  readonly unit: string;
  readonly suffix: string;
}

interface Case {
  readonly site: RegexSite;
  readonly recipe: InputRecipe;
}

/**
 * Inputs that the generic ones below do not reach, run against every pattern of the file (the pattern that once
 * failed on them may since have been replaced by a loop). Each names the defect it once triggered.
 */
const knownHardInputs: ReadonlyArray<{ readonly file: string; readonly why: string; readonly inputs: readonly InputRecipe[] }> = [
  {
    file: 'src/core/rules/scope-attr-valid.ts',
    why: 'many adjacent empty comments before the doctype (exponential before)',
    inputs: [
      { prefix: '', unit: '<!---->', suffix: '' },
      { prefix: '', unit: '<!-- -->', suffix: '<p>' },
      { prefix: '', unit: '<!---->\n', suffix: '<!doctype' },
    ],
  },
  {
    file: 'src/core/suppressions.ts',
    why: 'a disable comment followed by many tabs (quadratic before)',
    inputs: [
      { prefix: ' content-bridge-disable', unit: '\t', suffix: 'x' },
      { prefix: ' content-bridge-disable x', unit: '\t', suffix: 'y' },
      { prefix: 'content-bridge-disable-next-line ', unit: 'a, ', suffix: '' },
    ],
  },
  {
    file: 'src/core/rules/readability.ts',
    why: 'a long run of exclamation marks (quadratic before)',
    inputs: [
      { prefix: '', unit: '!', suffix: 'x' },
      { prefix: '', unit: '.”', suffix: 'x' },
      { prefix: '', unit: "a'", suffix: '' },
    ],
  },
];

/** Representatives of the character classes patterns use (\s, \d, \w, letters, punctuation, non-ASCII). */
const representatives = [
  ' ',
  '\t',
  '\n',
  '\r',
  'a',
  'A',
  'z',
  'e',
  '0',
  '1',
  '.',
  '!',
  '-',
  '_',
  ';',
  ',',
  '=',
  ':',
  '"',
  "'",
  '<',
  '>',
  '/',
  '#',
  '&',
  'é',
  '\u00a0',
];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Files allowed to build a pattern, each checked by hand: markdownlint takes front matter as a pattern, built from
 * fixed counts of lines (`^(?:[^\n]*\n){12}`), which is linear by construction.
 */
const auditedConstructions = ['src/core/markdown/markdownlint/lintMarkdown.ts'];

/** Every regular expression literal in src/, and the places that build one with `new RegExp` (none allowed unlisted). */
function regexSites(): { literals: RegexSite[]; constructed: string[] } {
  const literals: RegexSite[] = [];
  const constructed: string[] = [];
  for (const full of sourceFiles(path.join(repositoryRoot, 'src'))) {
    const file = path.relative(repositoryRoot, full).split(path.sep).join('/');
    const sourceFile = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf('/');
        literals.push({ file, line, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sourceFile) === 'RegExp') {
        constructed.push(`${file}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, constructed };
}

/** Runs of letters, digits and hyphens in a pattern's source (after removing escapes): the words it looks for. */
function literalWords(source: string): string[] {
  const words = new Set<string>();
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      if (current.length >= 2) words.add(current);
      current = '';
      i++;
      continue;
    }
    if ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || char === '-') current += char;
    else {
      if (current.length >= 2) words.add(current);
      current = '';
    }
  }
  if (current.length >= 2) words.add(current);
  return [...words];
}

function genericInputs(site: RegexSite): InputRecipe[] {
  const characters = new Set<string>(representatives);
  for (const char of site.source) if (char !== '\\') characters.add(char);
  const recipes: InputRecipe[] = [];
  for (const char of characters) recipes.push({ prefix: '', unit: char, suffix: '\u0001' });
  for (const word of literalWords(site.source)) {
    for (const char of [' ', '\t', 'a', '0', '.', '!', ';', '=', '-']) {
      recipes.push({ prefix: word, unit: char, suffix: '\u0001' });
      recipes.push({ prefix: '', unit: word + char, suffix: '\u0001' });
    }
  }
  return recipes;
}

function cases(sites: readonly RegexSite[]): Case[] {
  const all: Case[] = [];
  for (const site of sites) {
    for (const recipe of genericInputs(site)) all.push({ site, recipe });
    for (const known of knownHardInputs) {
      if (known.file === site.file) for (const recipe of known.inputs) all.push({ site, recipe });
    }
  }
  return all;
}

/** Runs in a worker thread, so a pattern that never finishes can be stopped. Reports the start and end of each case. */
function workerMain(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { cases: all, from, length } = workerData as { cases: Case[]; from: number; length: number };
  for (let index = from; index < all.length; index++) {
    const { site, recipe } = all[index];
    const input = recipe.prefix + recipe.unit.repeat(Math.ceil(length / recipe.unit.length)) + recipe.suffix;
    const pattern = new RegExp(site.source, site.flags.includes('g') ? site.flags : site.flags + 'g');
    const scan = (): number => {
      const began = performance.now();
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(input)) !== null) {
        if (match[0] === '') pattern.lastIndex++;
      }
      return performance.now() - began;
    };
    parentPort!.postMessage({ started: index });
    let ms = scan();
    // On a busy machine a linear scan can be held up once; a slow pattern is slow every time.
    if (ms > length / 1000) ms = Math.min(ms, scan(), scan());
    parentPort!.postMessage({ done: index, ms });
  }
  parentPort!.postMessage({ finished: true });
}

interface Slow {
  readonly index: number;
  readonly ms: number;
}

/** Runs every case, restarting the worker after one that runs past the limit. */
async function runAll(all: readonly Case[]): Promise<Slow[]> {
  const slow: Slow[] = [];
  let from = 0;
  while (from < all.length) {
    from = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(`(${workerMain.toString()})()`, { eval: true, workerData: { cases: all, from, length: inputLength } });
      let timer: NodeJS.Timeout | undefined;
      worker.on('message', (message: { started?: number; done?: number; ms?: number; finished?: boolean }) => {
        if (message.started !== undefined) {
          const index = message.started;
          timer = setTimeout(() => {
            slow.push({ index, ms: Number.POSITIVE_INFINITY });
            // The other inputs for this pattern would only repeat the finding: go on with the next pattern.
            let next = index + 1;
            while (next < all.length && all[next].site === all[index].site) next++;
            void worker.terminate().then(() => resolve(next));
          }, limitMs * 5);
        } else if (message.done !== undefined) {
          clearTimeout(timer);
          if (message.ms! > limitMs) slow.push({ index: message.done, ms: message.ms! });
        } else if (message.finished) {
          void worker.terminate().then(() => resolve(all.length));
        }
      });
      worker.on('error', reject);
    });
  }
  return slow;
}

function describeCase({ site, recipe }: Case): string {
  const show = (text: string) => JSON.stringify(text.length > 30 ? text.slice(0, 30) + '…' : text);
  return `${site.file}:${site.line} /${site.source}/${site.flags} on ${show(recipe.prefix)} + ${show(recipe.unit)} × ${inputLength} + ${show(recipe.suffix)}`;
}

describe('regular expressions are linear on hostile input', function () {
  this.timeout(600_000);
  const { literals, constructed } = regexSites();

  it('finds the regular expressions in src/', () => {
    assert.ok(literals.length > 100, `found only ${literals.length}`);
  });

  it('builds no pattern at run time except the audited ones (a built pattern cannot be audited here)', () => {
    assert.deepEqual(
      constructed.filter((site) => !auditedConstructions.some((file) => site.startsWith(`${file}:`))),
      [],
    );
  });

  it('every hand-picked input still aims at a file with patterns', () => {
    for (const known of knownHardInputs)
      assert.ok(
        literals.some((site) => site.file === known.file),
        `${known.file}: no pattern left (${known.why})`,
      );
  });

  it(`every pattern scans ${inputLength.toLocaleString('en')} characters of its worst input in under ${limitMs} ms`, async () => {
    const all = cases(literals);
    const slow = await runAll(all);
    // One line per pattern: its slowest input.
    const worst = new Map<RegexSite, Slow>();
    for (const entry of slow) {
      const site = all[entry.index].site;
      if ((worst.get(site)?.ms ?? -1) < entry.ms) worst.set(site, entry);
    }
    assert.deepEqual(
      [...worst.values()].map(({ index, ms }) => `${describeCase(all[index])}: ${Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'stopped, never finished'}`),
      [],
    );
  });
});
