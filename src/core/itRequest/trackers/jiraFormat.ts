/**
 * The request body in the format each Jira expects: Atlassian Document Format for Jira Cloud (REST v3), wiki markup
 * for Jira Data Center (REST v2). The Markdown is read with mdast-util-from-markdown, then written node by node.
 */
import type { Content, Parent, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

type Mark = NonNullable<AdfNode['marks']>[number];

export function markdownToAdf(markdown: string): AdfDocument {
  const root = fromMarkdown(markdown);
  const content = blocksToAdf(root.children);
  return { type: 'doc', version: 1, content: content.length > 0 ? content : [{ type: 'paragraph', content: [] }] };
}

function blocksToAdf(nodes: readonly Content[]): AdfNode[] {
  return nodes.flatMap((node): AdfNode[] => {
    switch (node.type) {
      case 'heading':
        return [{ type: 'heading', attrs: { level: node.depth }, content: inlineToAdf(node.children, []) }];
      case 'paragraph':
        return [{ type: 'paragraph', content: inlineToAdf(node.children, []) }];
      case 'list':
        return [
          {
            type: node.ordered ? 'orderedList' : 'bulletList',
            content: node.children.map((item) => ({ type: 'listItem', content: listItemContent(blocksToAdf(item.children)) })),
          },
        ];
      case 'code':
        return [
          {
            type: 'codeBlock',
            ...(node.lang ? { attrs: { language: node.lang } } : {}),
            ...(node.value ? { content: [{ type: 'text', text: node.value }] } : {}),
          },
        ];
      case 'blockquote':
        return [{ type: 'blockquote', content: listItemContent(blocksToAdf(node.children)) }];
      case 'thematicBreak':
        return [{ type: 'rule' }];
      case 'html':
        return node.value ? [{ type: 'codeBlock', content: [{ type: 'text', text: node.value }] }] : [];
      default:
        return 'children' in node
          ? blocksToAdf((node as Parent).children as Content[])
          : 'value' in node && typeof node.value === 'string' && node.value
            ? [{ type: 'paragraph', content: [{ type: 'text', text: node.value }] }]
            : [];
    }
  });
}

/** List items and quotes must start with a paragraph in ADF. */
function listItemContent(content: AdfNode[]): AdfNode[] {
  return content.length > 0 &&
    (content[0].type === 'paragraph' || content[0].type === 'bulletList' || content[0].type === 'orderedList' || content[0].type === 'codeBlock')
    ? content
    : [{ type: 'paragraph', content: [] }, ...content];
}

function inlineToAdf(nodes: readonly PhrasingContent[], marks: Mark[]): AdfNode[] {
  return nodes.flatMap((node): AdfNode[] => {
    switch (node.type) {
      case 'text':
        return node.value ? [textNode(node.value, marks)] : [];
      case 'strong':
        return inlineToAdf(node.children, [...marks, { type: 'strong' }]);
      case 'emphasis':
        return inlineToAdf(node.children, [...marks, { type: 'em' }]);
      case 'delete':
        return inlineToAdf(node.children, [...marks, { type: 'strike' }]);
      case 'inlineCode':
        // ADF allows code only alone or with a link.
        return node.value ? [textNode(node.value, [...marks.filter((mark) => mark.type === 'link'), { type: 'code' }])] : [];
      case 'link':
        return inlineToAdf(node.children, [...marks, { type: 'link', attrs: { href: node.url } }]);
      case 'break':
        return [{ type: 'hardBreak' }];
      case 'image':
        return [textNode(node.alt || node.url, [...marks, { type: 'link', attrs: { href: node.url } }])];
      case 'html':
        return node.value ? [textNode(node.value, marks)] : [];
      default:
        return 'children' in node
          ? inlineToAdf((node as Parent).children as PhrasingContent[], marks)
          : 'value' in node && typeof node.value === 'string' && node.value
            ? [textNode(node.value, marks)]
            : [];
    }
  });
}

function textNode(text: string, marks: Mark[]): AdfNode {
  return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
}

/** Jira wiki markup for Data Center. */
export function markdownToJiraWiki(markdown: string): string {
  const root: Root = fromMarkdown(markdown);
  return blocksToWiki(root.children, '').join('\n\n').trimEnd() + '\n';
}

function blocksToWiki(nodes: readonly Content[], listPrefix: string): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'heading':
        return [`h${node.depth}. ${inlineToWiki(node.children)}`];
      case 'paragraph':
        return [inlineToWiki(node.children)];
      case 'list': {
        const prefix = listPrefix + (node.ordered ? '#' : '*');
        return [
          node.children
            .map((item) => {
              const [first, ...rest] = item.children;
              const head = first && first.type === 'paragraph' ? `${prefix} ${inlineToWiki(first.children)}` : `${prefix} `;
              const nested = (first && first.type === 'paragraph' ? rest : item.children).flatMap((child) => blocksToWiki([child], prefix));
              return [head, ...nested].join('\n');
            })
            .join('\n'),
        ];
      }
      case 'code':
        return [`{noformat}\n${node.value}\n{noformat}`];
      case 'blockquote':
        return [`{quote}\n${blocksToWiki(node.children, '').join('\n\n')}\n{quote}`];
      case 'thematicBreak':
        return ['----'];
      case 'html':
        return [`{noformat}\n${node.value}\n{noformat}`];
      default:
        return 'children' in node ? blocksToWiki((node as Parent).children as Content[], listPrefix) : [];
    }
  });
}

function inlineToWiki(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'strong':
          return `*${inlineToWiki(node.children)}*`;
        case 'emphasis':
          return `_${inlineToWiki(node.children)}_`;
        case 'delete':
          return `-${inlineToWiki(node.children)}-`;
        case 'inlineCode':
          return `{{${node.value}}}`;
        case 'link': {
          const text = inlineToWiki(node.children);
          return text && text !== node.url ? `[${text}|${node.url}]` : `[${node.url}]`;
        }
        case 'break':
          return '\\\\\n';
        case 'image':
          return node.alt ? `${node.alt} (${node.url})` : node.url;
        case 'html':
          return node.value;
        default:
          return 'children' in node ? inlineToWiki((node as Parent).children as PhrasingContent[]) : '';
      }
    })
    .join('');
}

/** The plain text of an ADF document (a Jira Cloud comment), paragraphs on their own lines. */
export function adfToText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (!node || typeof node !== 'object') return '';
  const adf = node as AdfNode;
  if (adf.type === 'text') return adf.text ?? '';
  if (adf.type === 'hardBreak') return '\n';
  const inner = (adf.content ?? []).map(adfToText);
  const isBlockContainer =
    adf.type === 'doc' || adf.type === 'bulletList' || adf.type === 'orderedList' || adf.type === 'blockquote' || adf.type === 'listItem';
  return inner.join(isBlockContainer ? '\n' : '').trim();
}
