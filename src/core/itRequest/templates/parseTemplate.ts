/**
 * Reads the issue templates a tracker offers: GitHub Markdown templates (`.github/ISSUE_TEMPLATE/*.md`, front matter
 * with name, about, title, labels), GitHub issue forms (`.github/ISSUE_TEMPLATE/*.yml`) and GitLab description
 * templates (`.gitlab/issue_templates/*.md`). Pure: the caller reads the files.
 */
import { parse as parseYaml } from 'yaml';

export type IssueFormItem =
  | { readonly type: 'markdown'; readonly value: string }
  | {
      readonly type: 'textarea' | 'input';
      readonly id?: string;
      readonly label: string;
      readonly description?: string;
      readonly value?: string;
      readonly required: boolean;
      readonly render?: string;
    }
  | {
      readonly type: 'dropdown';
      readonly id?: string;
      readonly label: string;
      readonly options: readonly string[];
      readonly multiple: boolean;
      readonly required: boolean;
    }
  | {
      readonly type: 'checkboxes';
      readonly id?: string;
      readonly label: string;
      readonly options: ReadonlyArray<{ readonly label: string; readonly required: boolean }>;
    };

export interface IssueTemplate {
  readonly source: 'github-markdown' | 'github-form' | 'gitlab-markdown';
  readonly fileName: string;
  /** What the template is called in the tracker's chooser. */
  readonly name: string;
  readonly about?: string;
  /** A title or title prefix, such as `[Website]: `. */
  readonly title?: string;
  readonly labels: readonly string[];
  /** Markdown templates: the body to fill. */
  readonly body?: string;
  /** Issue forms: the fields, in order. */
  readonly items?: readonly IssueFormItem[];
}

export type TemplateReading = { readonly template: IssueTemplate } | { readonly problem: string };

/** Templates larger than this are not templates anyone fills by hand. */
const maxTemplateLength = 200_000;

/**
 * Reads one template file. `fileName` may include its folder: `.gitlab/issue_templates/x.md` is read as GitLab's.
 * The chooser configuration (`config.yml`) and unknown files give a problem in plain words, never an exception.
 */
export function parseIssueTemplate(fileName: string, text: string): TemplateReading {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const lower = baseName.toLowerCase();
  if (text.length > maxTemplateLength) return { problem: `${baseName} is too large to be an issue template.` };
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (lower === 'config.yml' || lower === 'config.yaml') return { problem: `${baseName} sets up the template chooser; it is not a template.` };
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return parseIssueForm(baseName, clean);
  if (!lower.endsWith('.md')) return { problem: `${baseName} is not an issue template (they end in .md, .yml or .yaml).` };
  const isGitLab = /(^|[\\/])\.gitlab[\\/]issue_templates[\\/]/i.test(fileName);
  return isGitLab ? { template: gitLabTemplate(baseName, clean) } : parseMarkdownTemplate(baseName, clean);
}

function parseMarkdownTemplate(fileName: string, text: string): TemplateReading {
  const fallbackName = nameFromFile(fileName);
  if (!text.startsWith('---\n')) return { template: { source: 'github-markdown', fileName, name: fallbackName, labels: [], body: text } };
  const end = text.indexOf('\n---', 3);
  if (end < 0) return { problem: `${fileName} starts a front matter block with --- but never ends it.` };
  const afterFence = text.indexOf('\n', end + 4);
  const body = afterFence < 0 ? '' : text.slice(afterFence + 1);
  let data: unknown;
  try {
    data = parseYaml(text.slice(4, end), { maxAliasCount: 50 });
  } catch (error) {
    return { problem: `${fileName} has front matter that could not be read (${firstLine(error)}).` };
  }
  const record = isRecord(data) ? data : {};
  return {
    template: {
      source: 'github-markdown',
      fileName,
      name: stringOf(record.name) ?? fallbackName,
      about: stringOf(record.about),
      title: stringOf(record.title),
      labels: listOf(record.labels),
      body: body.replace(/^\n+/, ''),
    },
  };
}

function parseIssueForm(fileName: string, text: string): TemplateReading {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    return { problem: `${fileName} could not be read as an issue form (${firstLine(error)}).` };
  }
  if (!isRecord(data) || !Array.isArray(data.body)) return { problem: `${fileName} is not an issue form: it has no list of fields under "body".` };
  const items = data.body.flatMap((item): IssueFormItem[] => {
    if (!isRecord(item)) return [];
    const attributes = isRecord(item.attributes) ? item.attributes : {};
    const validations = isRecord(item.validations) ? item.validations : {};
    const required = validations.required === true;
    const id = stringOf(item.id);
    const label = stringOf(attributes.label) ?? '';
    switch (item.type) {
      case 'markdown':
        return [{ type: 'markdown', value: stringOf(attributes.value) ?? '' }];
      case 'textarea':
      case 'input':
        return [
          {
            type: item.type,
            id,
            label,
            description: stringOf(attributes.description),
            value: stringOf(attributes.value),
            required,
            render: stringOf(attributes.render),
          },
        ];
      case 'dropdown':
        return [{ type: 'dropdown', id, label, options: listOf(attributes.options), multiple: attributes.multiple === true, required }];
      case 'checkboxes': {
        const options = Array.isArray(attributes.options)
          ? attributes.options
              .filter(isRecord)
              .map((option) => ({ label: stringOf(option.label) ?? '', required: isRecord(option) && option.required === true }))
          : [];
        return [{ type: 'checkboxes', id, label, options }];
      }
      default:
        return [];
    }
  });
  return {
    template: {
      source: 'github-form',
      fileName,
      name: stringOf(data.name) ?? nameFromFile(fileName),
      about: stringOf(data.description),
      title: stringOf(data.title),
      labels: listOf(data.labels),
      items,
    },
  };
}

/** GitLab templates are plain Markdown; `/label ~x` quick actions name labels. */
function gitLabTemplate(fileName: string, text: string): IssueTemplate {
  const labels: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('/label ')) continue;
    for (const match of line.matchAll(/~"([^"\n]{1,100})"|~([^\s~"]{1,100})/g)) labels.push(match[1] ?? match[2]);
  }
  return { source: 'gitlab-markdown', fileName, name: nameFromFile(fileName), labels, body: text };
}

function nameFromFile(fileName: string): string {
  const stem = fileName
    .replace(/\.(md|ya?ml)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : 'Template';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Labels and options come as a list or a comma-separated string. */
function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(stringOf) : typeof value === 'string' ? value.split(',') : [];
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter(Boolean);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
