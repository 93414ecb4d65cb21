import type { TemplateSpan } from './mask';

/**
 * Which branch of which template conditional each offset sits in, so two elements in different branches of one
 * `if … else … end` are not taken for duplicates of each other (only one of them is ever built).
 *
 * Understood: Go templates and Hugo (`if`/`with`/`range` … `else` … `end`), Handlebars (`{{#if}}` … `{{else}}` …
 * `{{/if}}`), Liquid and Jekyll (`if`/`unless`/`case`/`for` … `elsif`/`when`/`else` … `endif`), Nunjucks and Jinja
 * (`elif`), ERB (`if` … `elsif` … `end`, `do` … `end`), EJS and PHP (`{` … `} else {` … `}`, `if (…):` … `else:` …
 * `endif;`). Unbalanced code never throws: an unmatched close is ignored, an unclosed block runs to the end.
 */

/**
 * Where an offset sits: the innermost template block around it and which of its branches (0 = the first), linked to
 * the block around that. Shared, never copied, so a page of deeply nested or unclosed blocks stays linear.
 */
export interface BranchPath {
  readonly block: number;
  readonly branch: number;
  readonly depth: number;
  readonly parent: BranchPath | undefined;
}

export class TemplateBranches {
  private constructor(
    /** Sorted start offsets of the stretches of text between template tags. */
    private readonly starts: readonly number[],
    private readonly paths: readonly (BranchPath | undefined)[],
  ) {}

  static readonly none = new TemplateBranches([0], [undefined]);

  static of(text: string, spans: readonly TemplateSpan[]): TemplateBranches {
    const starts: number[] = [0];
    const paths: (BranchPath | undefined)[] = [undefined];
    // The open blocks, innermost last, with their names for matching a named close (`{% endif %}`, `{{/each}}`).
    const names: string[] = [];
    let current: BranchPath | undefined;
    let nextBlock = 0;
    for (const span of spans) {
      if (span.kind === 'comment') continue;
      const step = classify(text, span);
      if (step.type === 'none') continue;
      if (step.type === 'open') {
        current = { block: nextBlock++, branch: 0, depth: (current?.depth ?? 0) + 1, parent: current };
        names.push(step.name);
      } else if (step.type === 'branch') {
        if (current) current = { ...current, branch: current.branch + 1 };
      } else {
        const index = step.name === '' ? names.length - 1 : names.lastIndexOf(step.name);
        if (index >= 0) {
          while (names.length > index) {
            names.pop();
            current = current?.parent;
          }
        }
      }
      starts.push(span.end);
      paths.push(current);
    }
    return new TemplateBranches(starts, paths);
  }

  /** The innermost branch that holds this offset, or undefined outside every template block. */
  pathAt(offset: number): BranchPath | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return this.paths[low];
  }

  /** True when the two offsets are in different branches of one conditional: at most one of them is ever built. */
  mutuallyExclusive(a: number, b: number): boolean {
    return pathsExclusive(this.pathAt(a), this.pathAt(b));
  }

  /** True when the offset is inside any template block (a conditional or a loop). */
  conditional(offset: number): boolean {
    return this.pathAt(offset) !== undefined;
  }
}

const maxWalk = 256;

/**
 * Two paths are exclusive when, at the level where they share a block, they are in different branches of it. A
 * block is opened inside exactly one branch of its parent, so sharing a block means sharing everything above it.
 */
export function pathsExclusive(a: BranchPath | undefined, b: BranchPath | undefined): boolean {
  // Real templates nest a few levels deep; past this many steps the answer is "not exclusive", so a page of
  // thousands of nested blocks cannot make every comparison walk all of them.
  for (let steps = 0; a && b && steps < maxWalk; steps++) {
    if (a === b) return false;
    if (a.depth > b.depth) a = a.parent;
    else if (b.depth > a.depth) b = b.parent;
    else if (a.block === b.block) return a.branch !== b.branch;
    else {
      a = a.parent;
      b = b.parent;
    }
  }
  return false;
}

type Step = { type: 'open' | 'close'; name: string } | { type: 'branch' } | { type: 'none' };

const none: Step = { type: 'none' };

function classify(text: string, span: TemplateSpan): Step {
  const raw = text.slice(span.start, span.end);
  if (raw.startsWith('{{')) return curlyStep(raw);
  if (raw.startsWith('{%')) return liquidStep(innerOf(raw, 2, 2));
  if (raw.startsWith('<%')) return codeStep(innerOf(raw, 2, 2), 'erb');
  if (raw.startsWith('<?')) return codeStep(innerOf(raw.replace(/^<\?(?:php|=)?/, '<?'), 2, raw.endsWith('?>') ? 2 : 0), 'php');
  return none;
}

/** The code between the delimiters, without whitespace-control marks (`-`, `~`, `_`). */
function innerOf(raw: string, open: number, close: number): string {
  let inner = raw.slice(open, raw.length - close).trim();
  if (/^[-~_=]/.test(inner)) inner = inner.slice(1);
  if (/[-~_]$/.test(inner)) inner = inner.slice(0, -1);
  return inner.trim();
}

function firstWord(code: string): string {
  const match = /^[A-Za-z_]\w*/.exec(code);
  return match ? match[0] : '';
}

const goBlocks = new Set(['if', 'range', 'with', 'define', 'block', 'try']);

/** Go templates and Handlebars share `{{ }}`. */
function curlyStep(raw: string): Step {
  if (raw.startsWith('{{{') || raw.startsWith('{{<') || raw.startsWith('{{%')) return none;
  const code = innerOf(raw, 2, 2);
  const first = code[0];
  if (first === '#') return { type: 'open', name: firstWord(code.slice(1).replace(/^[>*]/, '')) };
  if (first === '/') return { type: 'close', name: firstWord(code.slice(1)) };
  if (first === '^') return code.length === 1 ? { type: 'branch' } : { type: 'open', name: firstWord(code.slice(1)) };
  const word = firstWord(code);
  if (word === 'else') return { type: 'branch' };
  if (word === 'end') return { type: 'close', name: '' };
  if (goBlocks.has(word)) return { type: 'open', name: '' };
  return none;
}

const liquidBlocks = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'ifAsync', 'asyncEach', 'asyncAll', 'each']);
const liquidBranches = new Set(['else', 'elsif', 'elif', 'when', 'empty', 'elseif']);

/** Liquid, Jekyll, Nunjucks and Jinja `{% %}`. */
function liquidStep(code: string): Step {
  const word = firstWord(code);
  if (liquidBlocks.has(word)) return { type: 'open', name: word };
  if (liquidBranches.has(word)) return { type: 'branch' };
  if (word.startsWith('end') && liquidBlocks.has(word.slice(3))) return { type: 'close', name: word.slice(3) };
  return none;
}

const codeConditionals = new Set(['if', 'unless', 'case', 'switch', 'while', 'for', 'foreach', 'until']);
const codeBranches = new Set(['else', 'elsif', 'elseif', 'when']);
const codeEnds = new Set(['end', 'endif', 'endforeach', 'endfor', 'endwhile', 'endswitch']);

/** ERB (Ruby), EJS (JavaScript) and PHP: keywords, braces and PHP's `if (…):` form. */
function codeStep(code: string, language: 'erb' | 'php'): Step {
  const body = code.replace(/;$/, '').trim();
  if (body.startsWith('}')) {
    const rest = body.slice(1).trim();
    if (codeBranches.has(firstWord(rest)) || rest.startsWith('else')) return { type: 'branch' };
    return body.endsWith('{') ? { type: 'branch' } : { type: 'close', name: '' };
  }
  const word = firstWord(body);
  if (codeBranches.has(word)) return { type: 'branch' };
  if (codeEnds.has(word)) return { type: 'close', name: '' };
  const opensBlock = body.endsWith('{') || body.endsWith(':') || /\bdo(?:\s*\|[^|]*\|)?$/.test(body);
  if (opensBlock) return { type: 'open', name: '' };
  // Ruby needs no brace: `<% if x %>` … `<% end %>`.
  if (language === 'erb' && codeConditionals.has(word) && !body.includes('{') && !body.endsWith(')')) return { type: 'open', name: '' };
  return none;
}
