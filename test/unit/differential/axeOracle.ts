import * as fs from 'node:fs';

// jsdom ships no type declarations here: only the constructor and its window are used.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS load typed with only the shape this test uses
const { JSDOM } = require('jsdom') as {
  JSDOM: new (html: string, options: Record<string, unknown>) => { window: Window & typeof globalThis & { close(): void; eval(code: string): unknown } };
};

/**
 * axe-core running in one reused jsdom window: the oracle of the differential test. Every element of the text is
 * stamped with the offset of its start tag before jsdom parses it, so each element axe names can be matched to
 * the element of the source our rules report on, whatever the two parsers do with the tree around it.
 */
export const stampAttribute = 'data-cb-at';

export interface AxeVerdict {
  /** Start-tag offsets (in the unstamped text) of the elements axe reports as violations. */
  readonly violations: ReadonlySet<number>;
  /** Start-tag offsets of the elements axe could not decide ("needs review"): not violations. */
  readonly incomplete: ReadonlySet<number>;
}

interface AxeNodeResult {
  readonly element?: Element;
}
interface AxeRuleResult {
  readonly nodes: readonly AxeNodeResult[];
}
interface AxeResults {
  readonly violations: readonly AxeRuleResult[];
  readonly incomplete: readonly AxeRuleResult[];
}
interface AxeApi {
  run(context: unknown, options: unknown): Promise<AxeResults>;
}

export class AxeOracle {
  private readonly window: Window & typeof globalThis & { close(): void; eval(code: string): unknown };

  constructor() {
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', pretendToBeVisual: true });
    this.window = dom.window;
    this.window.eval(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }

  get version(): string {
    return (this.window as unknown as { axe: { version: string } }).axe.version;
  }

  /**
   * Runs one axe rule on a whole document. `elementStarts` are the start-tag offsets of every element of `text`
   * in source order (from our parser), each followed in the text by its tag name.
   */
  async run(axeRule: string, text: string, elementStarts: readonly { start: number; nameEnd: number }[]): Promise<AxeVerdict> {
    const document = this.window.document;
    const parsed = new this.window.DOMParser().parseFromString(stamp(text, elementStarts), 'text/html');
    document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
    const axe = (this.window as unknown as { axe: AxeApi }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'rule', values: [axeRule] },
      resultTypes: ['violations', 'incomplete'],
      selectors: false,
      elementRef: true,
    });
    return { violations: offsetsOf(results.violations), incomplete: offsetsOf(results.incomplete) };
  }

  close(): void {
    this.window.close();
  }
}

function stamp(text: string, elementStarts: readonly { start: number; nameEnd: number }[]): string {
  let result = '';
  let from = 0;
  for (const { start, nameEnd } of elementStarts) {
    result += text.slice(from, nameEnd) + ` ${stampAttribute}="${start}"`;
    from = nameEnd;
  }
  return result + text.slice(from);
}

function offsetsOf(results: readonly AxeRuleResult[]): Set<number> {
  const offsets = new Set<number>();
  for (const result of results) {
    for (const node of result.nodes) {
      const stamped = node.element?.closest(`[${stampAttribute}]`);
      const value = stamped?.getAttribute(stampAttribute);
      if (value !== null && value !== undefined) offsets.add(Number(value));
    }
  }
  return offsets;
}
