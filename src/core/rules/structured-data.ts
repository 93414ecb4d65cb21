import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { isTemplateValue } from '../templates/templateCode';

const id = 'structured-data';

/** Where JSON.parse stopped, from its message: "at position N" (V8) or "line L column C" (V8, Firefox). */
function errorOffset(json: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), json.length);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line++) {
      const next = json.indexOf('\n', offset);
      if (next < 0) return json.length;
      offset = next + 1;
    }
    return Math.min(offset + Number(lineColumn[2]) - 1, json.length);
  }
  return undefined;
}

/** The JSON.parse message without the engine's position details, which the finding's place already shows. */
function plainReason(message: string): string {
  let reason = message.replace(/^JSON\.parse:\s*/, '');
  reason = cutBefore(reason, ' at position ', true);
  if (reason.endsWith(' in JSON')) reason = reason.slice(0, -' in JSON'.length);
  reason = cutBefore(reason, ' at line ', true);
  reason = cutBefore(reason, ' (line ', false);
  return reason.trim();
}

/**
 * The text before `marker` when a number follows it; `toEnd` drops everything after, otherwise only the marker,
 * the number and what follows up to a closing parenthesis. Written with indexOf: patterns starting with `\s*`
 * are retried at every space of a long run.
 */
function cutBefore(text: string, marker: string, toEnd: boolean): string {
  for (let index = text.indexOf(marker); index >= 0; index = text.indexOf(marker, index + 1)) {
    const after = index + marker.length;
    const code = text.charCodeAt(after);
    if (!(code >= 48 && code <= 57)) continue;
    if (toEnd) return text.slice(0, index).trimEnd();
    const close = text.indexOf(')', after);
    return close < 0 ? text : text.slice(0, index).trimEnd() + text.slice(close + 1);
  }
  return text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Part = 'partObject' | 'partContext' | 'partGraphType' | 'partType';

/** What the parsed block lacks: each top-level object needs @context and @type (or a @graph whose items have @type). */
function missingParts(data: unknown): Part[] | 'emptyList' {
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return 'emptyList';
  const problems = new Set<Part>();
  for (const item of items) {
    if (!isObject(item)) {
      problems.add('partObject');
      continue;
    }
    if (item['@context'] === undefined) problems.add('partContext');
    const graph = item['@graph'];
    if (Array.isArray(graph)) {
      if (graph.some((node) => !isObject(node) || node['@type'] === undefined)) problems.add('partGraphType');
    } else if (item['@type'] === undefined) {
      problems.add('partType');
    }
  }
  return [...problems];
}

/** The whole-sentence message for one missing part. */
const missingOne: Readonly<Record<Part, string>> = {
  partObject: 'missingObject',
  partContext: 'missingContext',
  partGraphType: 'missingGraphType',
  partType: 'missingType',
};

export const structuredData: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'error',
    title: 'Structured data must be valid JSON-LD',
    description:
      'Checks `<script type="application/ld+json">` blocks: flags a block that is not valid JSON (pointing at the place where reading stopped), and one whose top-level object lacks `@context` or `@type` (or a `@graph` item without `@type`).',
    whyItMatters:
      "Structured data tells search engines the facts on a page (an event's date and place, opening hours, an organisation's address), so they can show rich results such as event listings. One missing comma makes search engines ignore the whole block, and without `@context` and `@type` they do not know what it describes.",
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      notJson:
        'This structured data (JSON-LD) is not valid JSON ({reason}), so search engines ignore the whole block. Look for a missing or extra comma, quote or bracket here.',
      unreadable:
        'This structured data (JSON-LD) is not valid JSON (it cannot be read), so search engines ignore the whole block. Look for a missing or extra comma, quote or bracket here.',
      emptyList:
        'This structured data (JSON-LD) is an empty list, so search engines cannot tell what it describes. Put an object in curly braces { } in it, with "@context" and "@type".',
      missingObject: 'This structured data (JSON-LD) is missing an object in curly braces { }, so search engines cannot tell what it describes. Add it.',
      missingContext:
        'This structured data (JSON-LD) is missing "@context" (usually "https://schema.org"), so search engines cannot tell what it describes. Add it.',
      missingGraphType: 'This structured data (JSON-LD) is missing "@type" on every item of "@graph", so search engines cannot tell what it describes. Add it.',
      missingType:
        'This structured data (JSON-LD) is missing "@type" (what the data describes, e.g. "Event" or "Organization"), so search engines cannot tell what it describes. Add it.',
      missingSeveral: 'This structured data (JSON-LD) is missing {parts}, so search engines cannot tell what it describes. Add them.',
      partObject: 'an object in curly braces { }',
      partContext: '"@context" (usually "https://schema.org")',
      partGraphType: '"@type" on every item of "@graph"',
      partType: '"@type" (what the data describes, e.g. "Event" or "Organization")',
      emptyBlock: 'This structured data block (JSON-LD) is empty. Fill it in or remove the <script>.',
    },
  },
  check({ page, report }) {
    for (const script of page.elementsNamed('script')) {
      if (script.attribs['type']?.trim().toLowerCase() !== 'application/ld+json') continue;
      const tag = page.startTagSpan(script);
      const contentEnd = page.endTagStart(script) ?? page.elementSpan(script).end;
      const json = page.text.slice(tag.end, Math.max(tag.end, contentEnd));
      if (json.trim() === '') {
        report({ message: ruleMessage(structuredData.meta, 'emptyBlock'), ...tag });
        continue;
      }
      // JSON written by template code (`{{ .WordCount }}`, `{{ partial "schema.json" . }}`) is only known when the site is built.
      if (isTemplateValue(json)) continue;
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const offset = errorOffset(json, message);
        const at = offset === undefined ? undefined : tag.end + offset;
        report({
          message: plainReason(message)
            ? ruleMessage(structuredData.meta, 'notJson', { reason: plainReason(message) })
            : ruleMessage(structuredData.meta, 'unreadable'),
          ...(at === undefined ? tag : { start: at, end: Math.min(at + 1, contentEnd) }),
        });
        continue;
      }
      const missing = missingParts(data);
      if (missing.length === 0) continue;
      report({
        message:
          missing === 'emptyList'
            ? ruleMessage(structuredData.meta, 'emptyList')
            : missing.length === 1
              ? ruleMessage(structuredData.meta, missingOne[missing[0]!])
              : ruleMessage(structuredData.meta, 'missingSeveral', { parts: missing.map((part) => ruleMessage(structuredData.meta, part)).join(' and ') }),
        ...tag,
      });
    }
  },
};
