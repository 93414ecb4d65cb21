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

/** One level of nesting: the block's id and which of its branches (0 = the first) the offset is in. */
export interface BranchStep {
  readonly block: number;
  readonly branch: number;
}

export type BranchPath = readonly BranchStep[];

export class TemplateBranches {
  private constructor(
    /** Sorted start offsets of the stretches of text between template tags. */
    private readonly starts: readonly number[],
    private readonly paths: readonly BranchPath[],
  ) {}

  static readonly none = new TemplateBranches([0], [[]]);

  static of(text: string, spans: readonly TemplateSpan[]): TemplateBranches {
    const starts: number[] = [0];
    const paths: BranchPath[] = [[]];
    const stack: { name: string; block: number; branch: number }[] = [];
    let nextBlock = 0;
    for (const span of spans) {
      if (span.kind === 'comment') continue;
      const step = classify(text, span);
      if (step.type === 'none') continue;
      if (step.type === 'open') stack.push({ name: step.name, block: nextBlock++, branch: 0 });
      else if (step.type === 'branch') {
        const top = stack[stack.length - 1];
        if (top) top.branch++;
      } else {
        const index = step.name === '' ? stack.length - 1 : lastIndexOfName(stack, step.name);
        if (index >= 0) stack.length = index;
      }
      starts.push(span.end);
      paths.push(stack.map(({ block, branch }) => ({ block, branch })));
    }
    return new TemplateBranches(starts, paths);
  }

  /** The branches that hold this offset, outermost first. */
  pathAt(offset: number): BranchPath {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return this.paths[low]!;
  }

  /** True when the two offsets are in different branches of one conditional: at most one of them is ever built. */
  mutuallyExclusive(a: number, b: number): boolean {
    return pathsExclusive(this.pathAt(a), this.pathAt(b));
  }

  /** True when the offset is inside any template block (a conditional or a loop). */
  conditional(offset: number): boolean {
    return this.pathAt(offset).length > 0;
  }
}

export function pathsExclusive(a: BranchPath, b: BranchPath): boolean {
  const depth = Math.min(a.length, b.length);
  for (let index = 0; index < depth; index++) {
    const stepA = a[index]!;
    const stepB = b[index]!;
    if (stepA.block !== stepB.block) return false;
    if (stepA.branch !== stepB.branch) return true;
  }
  return false;
}

function lastIndexOfName(stack: readonly { name: string }[], name: string): number {
  for (let index = stack.length - 1; index >= 0; index--) if (stack[index]!.name === name) return index;
  return -1;
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
