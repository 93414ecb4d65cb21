/**
 * Puts a composed request into the IT team's own issue template: each part of the request goes under the template's
 * heading (or form field) that asks for it, and whatever has no place is added at the end, so nothing is lost.
 */
import type { ComposedItRequest, ComposedSection, ComposedSectionRole } from '../model';
import type { IssueFormItem, IssueTemplate } from './parseTemplate';

export interface FilledTemplate {
  readonly title: string;
  readonly body: string;
  readonly labels: string[];
}

/** What a template's heading or field label asks for, judged by its words; tried is checked before need. */
const rolePatterns: ReadonlyArray<[ComposedSectionRole, RegExp]> = [
  ['tried', /\b(?:tried|attempt|attempted|workaround|already done|steps taken)\b/i],
  ['needed-by', /\b(?:when|deadline|due|date|needed by|timeline|timescale|urgency|urgent|by when)\b/i],
  ['kind', /\b(?:kind|type|category|area)\b/i],
  ['context', /\b(?:context|additional|environment|more information|anything else|other|screenshots?|logs?|output|where|urls?|page|location|details)\b/i],
  ['need', /\b(?:describe|description|what|need|needs|request|problem|issue|summary|expected|change|goal|help)\b/i],
];

function roleOf(label: string): ComposedSectionRole | undefined {
  return rolePatterns.find(([, pattern]) => pattern.test(label))?.[0];
}

export function fillIssueTemplate(template: IssueTemplate, request: ComposedItRequest): FilledTemplate {
  const labels = [...new Set([...request.labels, ...template.labels])];
  const title = titleWithPrefix(template.title, request.title);
  const body = template.items ? fillForm(template.items, request) : fillMarkdown(template.body ?? '', request);
  return { title, labels, body };
}

function titleWithPrefix(prefix: string | undefined, title: string): string {
  const trimmed = prefix?.trim();
  if (!trimmed || title.toLowerCase().startsWith(trimmed.toLowerCase())) return title;
  return /[:\]\-–|]$/.test(trimmed) ? `${trimmed} ${title}` : `${trimmed}: ${title}`;
}

/** The request's parts by role; context parts become sub-sections of one block. */
function partsByRole(request: ComposedItRequest): Map<ComposedSectionRole, ComposedSection[]> {
  const parts = new Map<ComposedSectionRole, ComposedSection[]>();
  for (const section of request.sections) parts.set(section.role, [...(parts.get(section.role) ?? []), section]);
  return parts;
}

function roleContent(sections: readonly ComposedSection[], subHeadingLevel: number): string {
  if (sections.length === 1 && sections[0].role !== 'context') return sections[0].content;
  return sections.map((section) => `${'#'.repeat(subHeadingLevel)} ${section.heading}\n\n${section.content}`).join('\n\n');
}

/** Markdown templates: the text under a heading that asks for a part is replaced by that part. */
function fillMarkdown(templateBody: string, request: ComposedItRequest): string {
  const parts = partsByRole(request);
  const blocks = splitAtHeadings(templateBody.replace(/\r\n?/g, '\n'));
  const output: string[] = [];
  for (const block of blocks) {
    const role = block.heading ? roleOf(block.heading.text) : undefined;
    const sections = role ? parts.get(role) : undefined;
    if (!block.heading) {
      const preamble = withoutComments(block.content).trim();
      if (preamble) output.push(preamble);
    } else if (role && sections) {
      // GitLab quick actions (`/label ~web`) in the section still apply, so they are kept.
      const quickActions = block.content.split('\n').filter((line) => line.startsWith('/'));
      output.push(
        [
          `${block.heading.line}\n\n${roleContent(sections, Math.min(6, block.heading.level + 1))}`,
          ...(quickActions.length > 0 ? [quickActions.join('\n')] : []),
        ].join('\n\n'),
      );
      parts.delete(role);
    } else {
      output.push(`${block.heading.line}\n\n${withoutComments(block.content).trim() || '_No response_'}`);
    }
  }
  return withLeftovers(output, parts, '##', request.closing);
}

/** GitHub issue forms: the body GitHub itself writes from a form, `### Label` and the answer. */
function fillForm(items: readonly IssueFormItem[], request: ComposedItRequest): string {
  const parts = partsByRole(request);
  const output: string[] = [];
  const answer = (role: ComposedSectionRole | undefined): string | undefined => {
    const sections = role ? parts.get(role) : undefined;
    if (!role || !sections) return undefined;
    parts.delete(role);
    return roleContent(sections, 4);
  };
  // The need goes into the first text area that is not claimed by another part.
  const firstFreeTextarea = items.find((item) => item.type === 'textarea' && !['tried', 'needed-by', 'context', 'kind'].includes(roleOf(item.label) ?? ''));
  for (const item of items) {
    switch (item.type) {
      case 'markdown':
        break;
      case 'input':
      case 'textarea': {
        const role = item === firstFreeTextarea ? 'need' : roleOf(item.label);
        const filled = /\b(?:title|subject)\b/i.test(item.label) ? request.title : role === 'need' && item.type === 'input' ? undefined : answer(role);
        const value = filled ?? '_No response_';
        output.push(`### ${item.label}\n\n${item.render && filled ? `\`\`\`${item.render}\n${value}\n\`\`\`` : value}`);
        break;
      }
      case 'dropdown': {
        const kind = parts.get('kind')?.[0]?.content.toLowerCase();
        const option = kind
          ? item.options.find(
              (candidate) => candidate.toLowerCase() === kind || candidate.toLowerCase().includes(kind) || kind.includes(candidate.toLowerCase()),
            )
          : undefined;
        if (option) parts.delete('kind');
        output.push(`### ${item.label}\n\n${option ?? '_No response_'}`);
        break;
      }
      case 'checkboxes':
        // Boxes are promises the person makes ("I searched for similar issues"); they tick them themselves.
        output.push(`### ${item.label}\n\n${item.options.map((option) => `- [ ] ${option.label}`).join('\n')}`);
        break;
    }
  }
  return withLeftovers(output, parts, '###', request.closing);
}

/** Parts with no place in the template are added at the end, in the request's order, so nothing is lost. */
function withLeftovers(output: string[], parts: Map<ComposedSectionRole, ComposedSection[]>, headingMarks: string, closing: string): string {
  const order: ComposedSectionRole[] = ['kind', 'need', 'tried', 'needed-by', 'context', 'hidden'];
  for (const role of order) for (const section of parts.get(role) ?? []) output.push(`${headingMarks} ${section.heading}\n\n${section.content}`);
  return `${output.join('\n\n')}\n\n${closing}`;
}

interface Block {
  heading?: { line: string; text: string; level: number };
  content: string;
}

/** Splits Markdown at ATX headings outside code fences. */
function splitAtHeadings(text: string): Block[] {
  const blocks: Block[] = [{ content: '' }];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (fenceMatch[1].startsWith(fence)) fence = undefined;
    }
    const heading = fence ? null : /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/.exec(line);
    if (heading && !fenceMatch) blocks.push({ heading: { line: line.trim(), text: headingText(heading[2] ?? ''), level: heading[1].length }, content: '' });
    else blocks[blocks.length - 1].content += `${line}\n`;
  }
  return blocks.filter((block) => block.heading || block.content.trim());
}

/** A heading's words without an optional closing run of `#`. */
function headingText(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = hashes;
  return text.slice(0, end).trim();
}

/** Template instructions hidden in HTML comments are not part of the request. */
function withoutComments(text: string): string {
  let result = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start < 0) return result + text.slice(from);
    const end = text.indexOf('-->', start + 4);
    result += text.slice(from, start);
    if (end < 0) return result;
    from = end + 3;
  }
}
