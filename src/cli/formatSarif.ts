import { createHash } from 'node:crypto';
import { notTextId, ruleFailureId, tooDeepId, tooSlowId } from '../core/check';
import { configurableRules } from '../core/rules';
import type { Finding, RuleMeta } from '../core/types';
import type { ReportWriter } from './report';

const levels = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  /** The file's path from the top of the git repository (GitHub code scanning places results by it). */
  readonly repositoryPath: (displayPath: string) => string;
  readonly version: string;
  /** Where `docs/rules/<id>.md` is published (ends with `/`); without it results carry help text and no links. */
  readonly docsBaseUrl?: string;
}

/**
 * SARIF 2.1.0 (the format GitHub code scanning and other tools read), written result by result so a large site is
 * never held in memory: results first, the tool with every rule's metadata and help link at the end.
 * `partialFingerprints` identify a result across commits without its line number (rule, file, the text at the
 * finding and the message, and which repeat of that it is), so a result keeps its identity when lines move.
 */
export function sarifWriter(options: SarifOptions): ReportWriter {
  let written = 0;
  return {
    add(report) {
      const uri = options.repositoryPath(report.path);
      const seen = new Map<string, number>();
      let text = '';
      for (const finding of report.findings) {
        const basis = `${finding.ruleId}\u0000${uri}\u0000${snippet(report.text, finding)}\u0000${finding.message}`;
        const repeat = seen.get(basis) ?? 0;
        seen.set(basis, repeat + 1);
        const result = sarifResult(finding, uri, fingerprint(`${basis}\u0000${repeat}`));
        text += `${written === 0 ? header() : ',\n'}        ${JSON.stringify(result)}`;
        written++;
      }
      return text;
    },
    finish: () => `${written === 0 ? header() : '\n'}      ],\n      "tool": ${JSON.stringify(tool(options.version, options.docsBaseUrl))}\n    }\n  ]\n}\n`,
  };
}

function header(): string {
  return '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "results": [\n';
}

function sarifResult(finding: Finding, uri: string, partialFingerprint: string): object {
  const { start, end } = finding.range;
  return {
    ruleId: finding.ruleId,
    level: levels[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' },
          region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
        },
      },
    ],
    partialFingerprints: { 'contentBridgeFinding/v1': partialFingerprint },
  };
}

/** The file's text at the finding (at most one line of it), trimmed: what the finding is about, wherever it moves. */
function snippet(text: string | undefined, finding: Finding): string {
  if (text === undefined) return '';
  const piece = text.slice(finding.startOffset, Math.min(finding.endOffset, finding.startOffset + 200));
  const lineEnd = piece.indexOf('\n');
  return (lineEnd === -1 ? piece : piece.slice(0, lineEnd)).trim();
}

function fingerprint(basis: string): string {
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}

/** The notes Content Bridge itself writes (a file that is not text, a check that failed or took too long). */
const notes: readonly RuleMeta[] = [
  note(notTextId, 'The file is not a web page', 'The file holds binary data (an image or a document saved with a page extension), so it was not checked.'),
  note(tooDeepId, 'The page is nested too deeply to check', 'Elements are nested more than 1,024 levels deep, usually because tags are never closed.'),
  note(tooSlowId, 'A check took too long', 'A check took too long on the page, so its results were left out.'),
  note(ruleFailureId, 'A check could not run', 'A check failed on the page; the other checks still ran.'),
];

function note(id: string, title: string, description: string): RuleMeta {
  return { id, category: 'content', defaultSeverity: 'info', title, description, whyItMatters: '', equivalents: {}, docPath: 'docs/rules/README.md' };
}

function tool(version: string, docsBaseUrl: string | undefined): object {
  return {
    driver: {
      name: 'Content Bridge',
      ...(docsBaseUrl === undefined ? {} : { informationUri: `${docsBaseUrl}docs/rules/README.md` }),
      version,
      semanticVersion: version,
      rules: [...configurableRules.map((rule) => rule.meta), ...notes].map((meta) => sarifRule(meta, docsBaseUrl)),
    },
  };
}

function sarifRule(meta: RuleMeta, docsBaseUrl: string | undefined): object {
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: meta.whyItMatters === '' ? meta.description : `${meta.description} ${meta.whyItMatters}` },
    ...(docsBaseUrl === undefined ? {} : { helpUri: `${docsBaseUrl}${meta.docPath}` }),
    defaultConfiguration: { level: levels[meta.defaultSeverity] },
    properties: { category: meta.category, tags: [meta.category] },
  };
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
