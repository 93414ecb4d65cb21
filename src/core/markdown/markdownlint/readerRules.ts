import { docPathFor, type Rule } from '../../rules/rule';
import type { RuleCategory, Severity } from '../../types';

/** One markdownlint rule Content Bridge runs by default, with our words for it. */
export interface MarkdownlintRule extends Rule {
  /** markdownlint's own name, e.g. `no-alt-text`. */
  readonly markdownlintName: string;
  /** What the user reads, in plain language; markdownlint's detail is added when `withDetail` is set. */
  readonly message: string;
  readonly withDetail?: boolean;
  /** Title of the quick fix made from markdownlint's fix information. */
  readonly fixTitle?: string;
  /** The fix is mechanical (adds or removes spaces, reorders brackets): "Fix all" may apply it. */
  readonly fixIsSafe?: boolean;
  /** Our rule that reports the same thing on the same line; the user then sees only ours. */
  readonly sameAs?: string;
  /** The twin counts only when its finding overlaps this one (several bare addresses can share a line). */
  readonly sameAsOnlyOverlapping?: boolean;
}

interface Definition {
  readonly id: string;
  readonly markdownlintName: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  readonly title: string;
  readonly description: string;
  readonly whyItMatters: string;
  readonly message: string;
  readonly withDetail?: boolean;
  readonly fixTitle?: string;
  readonly fixIsSafe?: boolean;
  readonly sameAs?: string;
  readonly sameAsOnlyOverlapping?: boolean;
}

function markdownlintRule(definition: Definition): MarkdownlintRule {
  const { id, markdownlintName, category, defaultSeverity, title, description, whyItMatters, ...rest } = definition;
  return {
    meta: {
      id,
      category,
      defaultSeverity,
      title,
      description,
      whyItMatters,
      equivalents: { markdownlint: `${id}/${markdownlintName}` },
      docPath: docPathFor(id),
    },
    markdownlintName,
    // markdownlint runs these itself, on the Markdown (see lintMarkdown.ts).
    check: () => undefined,
    ...rest,
  };
}

/**
 * The markdownlint rules about what readers get: structure, links, images and Markdown that does not render as
 * written. Rules about how the source looks (line length, list markers, blank lines, trailing spaces) are off:
 * they change nothing a reader sees. ARCHITECTURE.md lists each rule left off and why.
 */
export const markdownlintRules: readonly MarkdownlintRule[] = [
  markdownlintRule({
    id: 'MD001',
    markdownlintName: 'heading-increment',
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Headings go down one level at a time',
    description: 'Finds a heading that skips a level, such as `###` straight after `#`.',
    whyItMatters:
      'Screen reader users jump through a page by its headings; a skipped level makes them think part of the page is missing. Search engines also read headings as the outline of the page.',
    message: 'This heading skips a level. Use one more # than the heading above it, so the outline of the page has no gaps.',
    withDetail: true,
    sameAs: 'heading-order',
  }),
  markdownlintRule({
    id: 'MD011',
    markdownlintName: 'no-reversed-links',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Links are written [text](address)',
    description: 'Finds links written the wrong way round, `(text)[address]`, which show as plain text.',
    whyItMatters: 'A link written the wrong way round is not a link: readers see brackets and the address instead of something they can click.',
    message:
      'This link is written the wrong way round, so it shows as plain text. Write the words in [square brackets] first, then the address in (round brackets).',
    fixTitle: 'Swap the brackets',
    fixIsSafe: true,
  }),
  markdownlintRule({
    id: 'MD018',
    markdownlintName: 'no-missing-space-atx',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'A space after the # of a heading',
    description: 'Finds lines like `#Heading` that were meant as headings but have no space after the `#`.',
    whyItMatters:
      'Without the space the line is not a heading: it shows as text starting with #, and it is missing from the outline screen readers and search engines use.',
    message: 'This line starts with # but has no space after it, so it shows as text, not as a heading. Add a space after the #.',
    fixTitle: 'Add a space after the #',
    fixIsSafe: true,
  }),
  markdownlintRule({
    id: 'MD020',
    markdownlintName: 'no-missing-space-closed-atx',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Spaces inside # Heading #',
    description: 'Finds headings written between # marks with no space inside them, like `#Heading#`.',
    whyItMatters: 'Without the spaces the line is not a heading: it shows as text with # signs, and it is missing from the page outline.',
    message:
      'This line is meant as a heading between # marks but has no space inside them, so it shows as text. Add a space after the first # and before the last.',
    fixTitle: 'Add the spaces inside the # marks',
    fixIsSafe: true,
  }),
  markdownlintRule({
    id: 'MD023',
    markdownlintName: 'heading-start-left',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Headings start at the beginning of the line',
    description: 'Finds headings with spaces before the `#`.',
    whyItMatters: 'Some sites show an indented heading as plain text or as code, so it disappears from the outline of the page.',
    message: 'This heading has spaces before the #. Some sites then show it as plain text; start it at the beginning of the line.',
    fixTitle: 'Remove the spaces before the heading',
    fixIsSafe: true,
  }),
  markdownlintRule({
    id: 'MD025',
    markdownlintName: 'single-title/single-h1',
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'One main heading per page',
    description: 'Finds a second top-level heading (`#`), also when the front matter already gives the page its title.',
    whyItMatters:
      'The main heading says what the page is about, for readers, screen readers and search engines. When the front matter sets a title, the site usually shows it as the main heading already.',
    message:
      'This page already has a main heading (a # heading, or the title in its front matter). Make this one a ## heading, so the page has one main topic.',
    sameAs: 'single-h1',
  }),
  markdownlintRule({
    id: 'MD034',
    markdownlintName: 'no-bare-urls',
    category: 'content',
    defaultSeverity: 'info',
    title: 'Web addresses written as links',
    description: 'Finds web and e-mail addresses written as bare text.',
    whyItMatters:
      'Many sites do not turn a bare address into a link, so readers cannot click it, and a screen reader spells it out character by character. Better still, link a few words that say where it goes.',
    message:
      'This address is plain text, which many sites do not make clickable. Make it a link: [words saying where it goes](address), or at least <address>.',
    fixTitle: 'Make it a link with < >',
    fixIsSafe: true,
    // Where the site makes bare addresses links (GitHub's Markdown does), our link text check reports them already.
    sameAs: 'link-text',
    sameAsOnlyOverlapping: true,
  }),
  markdownlintRule({
    id: 'MD036',
    markdownlintName: 'no-emphasis-as-heading',
    category: 'accessibility',
    defaultSeverity: 'info',
    title: 'Headings, not bold lines',
    description: 'Finds a line of only bold or italic text used as a heading.',
    whyItMatters:
      'A bold line looks like a heading but is not one: screen reader users jumping through the headings skip it, and search engines do not see it as part of the outline.',
    message:
      'This bold or italic line looks like a heading but is not one, so screen readers and search engines do not see it as a heading. Write it as a heading with #.',
  }),
  markdownlintRule({
    id: 'MD037',
    markdownlintName: 'no-space-in-emphasis',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'No spaces just inside * or _',
    description: 'Finds emphasis with a space just inside the marks, like `* word *`.',
    whyItMatters: 'With a space inside the marks, the text is not emphasised: readers see the asterisks or underscores themselves.',
    message: 'The space just inside these * or _ marks stops them working: readers will see the marks instead of bold or italic text. Remove the space.',
    fixTitle: 'Remove the spaces inside the marks',
    fixIsSafe: true,
  }),
  markdownlintRule({
    id: 'MD039',
    markdownlintName: 'no-space-in-links',
    category: 'content',
    defaultSeverity: 'info',
    title: 'No spaces at the ends of link text',
    description: 'Finds link text with spaces just inside the brackets, like `[ more details ](…)`.',
    whyItMatters: 'The spaces become part of the link: the underline sticks out past the words and some screen readers pause oddly.',
    message: 'This link text starts or ends with a space, which shows as an underlined gap. Remove the spaces just inside the [ ].',
    fixTitle: 'Remove the spaces inside the brackets',
    fixIsSafe: true,
  }),
  markdownlintRule({
    id: 'MD042',
    markdownlintName: 'no-empty-links',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Links go somewhere',
    description: 'Finds links whose address is empty or only `#`.',
    whyItMatters: 'A link that goes nowhere frustrates readers and tells search engines the page is unfinished.',
    message: 'This link goes nowhere (its address is empty or only #). Put the address between the ( ), or remove the link.',
    sameAs: 'link-name',
  }),
  markdownlintRule({
    id: 'MD045',
    markdownlintName: 'no-alt-text',
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Images need alt text',
    description: 'Finds Markdown images with nothing between the brackets of `![…]`, and HTML images without `alt`.',
    whyItMatters: 'People who cannot see the image hear the alt text instead; without it they do not know what it shows.',
    message: 'This image has no alt text. Describe it between the [ ] of ![…], so screen reader users know what it shows.',
    sameAs: 'image-alt',
  }),
  markdownlintRule({
    id: 'MD051',
    markdownlintName: 'link-fragments',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Links to a part of the page point at a real heading',
    description: 'Finds links like `[…](#section)` whose `#section` matches no heading or anchor on the page.',
    whyItMatters: 'A link to a part of the page that does not exist leaves the reader at the top, wondering where to look.',
    message: 'This link points at a part of the page (after the #) that does not exist. Check the spelling against the heading it should jump to.',
    withDetail: true,
    fixTitle: "Use the heading's spelling",
  }),
  markdownlintRule({
    id: 'MD052',
    markdownlintName: 'reference-links-images',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Reference links have their address',
    description: 'Finds links and images written as `[text][name]` with no `[name]: address` line on the page.',
    whyItMatters: 'Without the address line, the link or image does not appear: readers see the brackets as text.',
    message:
      'This link or image refers to a name that has no address on this page, so it shows as text in brackets. Add a line "[name]: address" below, or write the address directly.',
    withDetail: true,
  }),
  markdownlintRule({
    id: 'MD056',
    markdownlintName: 'table-column-count',
    category: 'content',
    defaultSeverity: 'warning',
    title: 'Table rows have as many cells as the header',
    description: "Finds table rows with more or fewer cells than the table's header row.",
    whyItMatters: 'Extra cells are dropped from the page and missing ones show empty, so readers lose information or see it under the wrong column.',
    message: 'This table row does not have as many cells as the header row: extra cells are not shown and missing ones are empty. Add or remove | separators.',
    withDetail: true,
  }),
  markdownlintRule({
    id: 'MD059',
    markdownlintName: 'descriptive-link-text',
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Link text says where it goes',
    description: 'Finds links with text like "click here", "here" or "more".',
    whyItMatters:
      'Screen reader users often list the links on a page; "click here" out of context tells them nothing. Search engines use link text to understand the page linked to.',
    message: 'This link text does not say where the link goes. Use words that describe the destination, like "opening times" instead of "click here".',
    sameAs: 'link-text',
  }),
];

/** The config markdownlint runs with when the repository has none: only the rules above. */
export function defaultMarkdownlintConfig(): Record<string, unknown> {
  const config: Record<string, unknown> = { default: false };
  for (const rule of markdownlintRules) config[rule.meta.id] = true;
  return config;
}

const byId = new Map(markdownlintRules.map((rule) => [rule.meta.id, rule]));

export function markdownlintRuleById(id: string): MarkdownlintRule | undefined {
  return byId.get(id);
}
