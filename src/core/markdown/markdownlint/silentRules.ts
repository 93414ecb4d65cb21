import { addressSigns, hashSigns, hasSpaceInsideBrackets, hasUnderlineLine, type AddressSigns, type HashSigns } from './pageSigns';

/**
 * markdownlint rules that cannot report anything on a page that lacks certain characters. A page without them is
 * linted with those rules switched off, so markdownlint skips their pass over the page's tokens or lines: the results
 * are the same. Each condition was read from the rule's source (markdownlint's lib/md0xx.mjs); check them again when
 * upgrading markdownlint (the test in test/unit/core/markdown/silentRules.test.ts compares the results with and without).
 *
 * A condition answers "might this page make the rule report?" and must never say no when the answer is yes. Rules
 * whose result depends on their options (MD051, MD052, MD059) are left on when a page sets options itself
 * (`markdownlint-configure-file`) or when the options would make the rule fail (markdownlint then reports the failure).
 * It assumes the call parses the page whatever rules are on (lintMarkdownPages always adds a rule that needs the
 * parse): MD052 reads the parse without asking for it, so it finds nothing when no rule that asks is left on.
 */

/** What the conditions read of one page, each worked out at most once. */
class PageText {
  private lowered?: string;
  private addresses?: AddressSigns;
  private hashes?: HashSigns;
  private underlined?: boolean;

  /** Where markdownlint's Markdown starts: after the front matter it removes, or after the byte order mark it drops. */
  readonly from: number;

  constructor(
    readonly text: string,
    bodyStart: number,
  ) {
    this.from = bodyStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : bodyStart;
  }

  includes(needed: string): boolean {
    return this.text.includes(needed);
  }

  /** Holds `needed` (lower case, ASCII) in any mix of cases. */
  includesAnyCase(needed: string): boolean {
    // toLowerCase never turns an ASCII letter into anything else, so a match in any case is found.
    this.lowered ??= this.text.toLowerCase();
    return this.lowered.includes(needed);
  }

  get addressSigns(): AddressSigns {
    return (this.addresses ??= addressSigns(this.text, this.from));
  }

  get hashSigns(): HashSigns {
    return (this.hashes ??= hashSigns(this.text, this.from));
  }

  /** A line that could underline a heading (=== or ---). */
  get underline(): boolean {
    return (this.underlined ??= hasUnderlineLine(this.text, this.from));
  }

  /** A heading needs a `#` (written with #) or an underline (written with === or ---). */
  get mayHaveHeading(): boolean {
    return this.text.indexOf('#', this.from) !== -1 || this.underline;
  }

  get setsOptions(): boolean {
    return this.includesAnyCase('markdownlint-configure-file');
  }
}

/** The options a rule gets from `config`: markdownlint takes the last key naming it, one of its aliases or its tags. */
function optionsOf(config: Record<string, unknown>, namesAndTags: readonly string[]): Record<string, unknown> {
  let options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (namesAndTags.includes(key.toUpperCase())) options = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  }
  return options;
}

/** markdownlint's own `normalize` from md059.mjs: link text as words, for comparing with the texts it warns about. */
function normalizeLinkText(text: string): string {
  return text
    .replace(/[\W_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** A rule's condition, given the config's options once (undefined: those options make the rule's result unpredictable). */
interface Silenceable {
  readonly id: string;
  /** Works out from the config what the page test needs; `undefined` keeps the rule on for every page. */
  readonly prepare?: (config: Record<string, unknown>) => unknown;
  readonly mightReport: (page: PageText, prepared: unknown) => boolean;
}

const silenceable: readonly Silenceable[] = [
  // Reversed links: its pattern, `(text)[address]`, needs `)[` on one line.
  { id: 'MD011', mightReport: (page) => page.includes(')[') },
  // A bold or italic line used as a heading, spaces inside emphasis: only `*` and `_` make emphasis.
  { id: 'MD036', mightReport: (page) => page.includes('*') || page.includes('_') },
  { id: 'MD037', mightReport: (page) => page.includes('*') || page.includes('_') },
  // Table rows with the wrong number of cells: a table needs a `|`.
  { id: 'MD056', mightReport: (page) => page.includes('|') },
  // No space after the # of a heading: a line matching /^#+[^# \t]/ (it reads every line, not headings).
  { id: 'MD018', mightReport: (page) => page.hashSigns.noSpaceAfter },
  // No space inside # Heading #: a line starting with # and ending with # and white space (/…(#+)(\s*)$/).
  { id: 'MD020', mightReport: (page) => page.hashSigns.closed },
  // Indented heading: a line prefix (spaces or tabs) right before a # heading, or before a heading underlined with
  // === or ---, which needs such a line.
  { id: 'MD023', mightReport: (page) => page.hashSigns.afterSpace || page.underline },
  // Heading levels, one main heading: they look at headings only. MD001 first reads the front matter with its
  // `front_matter_title` pattern, which can fail (the failure is reported), so with one set it stays on.
  {
    id: 'MD001',
    prepare: (config) => (optionsOf(config, ['MD001', 'HEADING-INCREMENT', 'HEADINGS'])['front_matter_title'] ? undefined : true),
    mightReport: (page) => page.setsOptions || page.mayHaveHeading,
  },
  { id: 'MD025', mightReport: (page) => page.mayHaveHeading },
  // Bare addresses: GFM's literal autolinks need `@` (e-mail), `://` (http, https) or `www.` in any case.
  { id: 'MD034', mightReport: (page) => page.includes('@') || page.includes('://') || page.includesAnyCase('www.') },
  // Spaces inside link text: the text starts right after `[` and ends right before `]`; it tests with trim.
  { id: 'MD039', mightReport: (page) => hasSpaceInsideBrackets(page.text, page.from) },
  // Empty links: an address that is missing, empty, `<>` or `#` (after `](`), or a definition whose address is `#`.
  { id: 'MD042', mightReport: (page) => page.addressSigns.emptyOrHash },
  // Images without alt text: `![]` (the label's text empty) or an HTML `<img` tag (tag names in any case).
  { id: 'MD045', mightReport: (page) => page.includes('![]') || page.includesAnyCase('<img') },
  // Link fragments: only addresses starting with # are checked. Its `ignored_pattern` is compiled first and can fail
  // (the failure is reported), so with one set the rule stays on.
  {
    id: 'MD051',
    prepare: (config) => (optionsOf(config, ['MD051', 'LINK-FRAGMENTS', 'LINKS'])['ignored_pattern'] ? undefined : true),
    mightReport: (page) => page.setsOptions || page.addressSigns.fragment,
  },
  // Missing reference definitions: without `shortcut_syntax` it checks only `[text][name]` and `[name][]`, which
  // need `][`, or `]![` (markdownlint pairs an undefined `[name]` with a following image's `![…]`). It makes a set
  // of `ignored_labels` first, which fails on a value that is not a list or text.
  {
    id: 'MD052',
    prepare: (config) => {
      const options = optionsOf(config, ['MD052', 'REFERENCE-LINKS-IMAGES', 'IMAGES', 'LINKS']);
      const ignored = options['ignored_labels'];
      if (options['shortcut_syntax'] || (ignored && !Array.isArray(ignored) && typeof ignored !== 'string')) return undefined;
      return true;
    },
    mightReport: (page) => page.setsOptions || page.includes('][') || page.includes(']!['),
  },
  // Link text that does not describe: the text, reduced to lower-case ASCII words, equals one of the prohibited
  // texts ("click here", "here", "link", "more" unless configured), so the page holds each of that text's words.
  {
    id: 'MD059',
    prepare: (config) => {
      const texts = optionsOf(config, ['MD059', 'DESCRIPTIVE-LINK-TEXT', 'ACCESSIBILITY', 'LINKS'])['prohibited_texts'] || [
        'click here',
        'here',
        'link',
        'more',
      ];
      if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) return undefined;
      const words = (texts as string[]).map((text) => normalizeLinkText(text).split(' '));
      return words.some((list) => list.includes('')) ? undefined : words;
    },
    mightReport: (page, words) => page.setsOptions || (words as string[][]).some((list) => list.every((word) => page.includesAnyCase(word))),
  },
];

/** Per config object: what each rule's condition needs from it (undefined: keep the rule on). */
const prepared = new WeakMap<Record<string, unknown>, readonly unknown[]>();

/** The configs without the rules a page cannot trigger, by the config and which rules are left out (one bit each). */
const variants = new WeakMap<Record<string, unknown>, Map<number, Record<string, unknown>>>();

/**
 * The config for linting `text`: `config` itself, or a copy with the rules the text cannot trigger switched off. The
 * same object for every page that leaves out the same rules, so such pages still share one markdownlint call.
 * `from`: where the Markdown starts after the front matter markdownlint removes (its pattern's match).
 */
export function configForText(config: Record<string, unknown>, text: string, from = 0): Record<string, unknown> {
  let needs = prepared.get(config);
  if (!needs) prepared.set(config, (needs = silenceable.map((rule) => (rule.prepare ? rule.prepare(config) : true))));
  const page = new PageText(text, from);
  let silent = 0;
  silenceable.forEach(({ id, mightReport }, bit) => {
    if (config[id] && needs[bit] !== undefined && !mightReport(page, needs[bit])) silent |= 1 << bit;
  });
  if (silent === 0) return config;
  let byMask = variants.get(config);
  if (!byMask) variants.set(config, (byMask = new Map()));
  let variant = byMask.get(silent);
  if (!variant) {
    variant = { ...config };
    silenceable.forEach(({ id }, bit) => {
      if (silent & (1 << bit)) variant![id] = false;
    });
    byMask.set(silent, variant);
  }
  return variant;
}
