import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { headInsertionPoint, isWholePage } from '../html/document';
import { isDecimalNumber } from '../text/numbers';
import { metasNamed } from '../html/tree';

const id = 'viewport';

const standardContent = 'width=device-width, initial-scale=1';

/** Whether the content sets a valid `width` or `initial-scale` (what Lighthouse reads with metaviewport-parser). */
function isMobileOptimized(content: string): boolean {
  for (const part of content.split(/[,;]/)) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    const key = part.slice(0, equals).trim().toLowerCase();
    const value = part
      .slice(equals + 1)
      .trim()
      .toLowerCase();
    if (key === 'width' && (value === 'device-width' || value === 'device-height' || isPositiveNumber(value))) return true;
    if (key === 'initial-scale' && isPositiveNumber(value)) return true;
  }
  return false;
}

function isPositiveNumber(value: string): boolean {
  return isDecimalNumber(value) && Number(value) > 0;
}

export const viewport: Rule = {
  meta: {
    id,
    category: 'seo',
    defaultSeverity: 'warning',
    title: 'Pages need a viewport tag for phones',
    description: 'Finds whole pages without `<meta name="viewport">`, or with one that sets neither `width` nor `initial-scale`.',
    whyItMatters:
      'Without this tag, phones show the page as a tiny desktop page that people must pinch and zoom to read. Most visitors use a phone, and search engines rank pages that do not work on phones lower.',
    equivalents: { lighthouse: 'viewport' },
    docPath: docPathFor(id),
    messages: {
      missing:
        'This page has no viewport tag, so phones show it as a shrunken desktop page. Add <meta name="viewport" content="{standardContent}"> inside <head>.',
      noWidthOrScale:
        'This viewport tag sets neither width nor initial-scale, so phones may still show a shrunken desktop page. Use content="{standardContent}".',
      addStandardViewportTag: 'Add the standard viewport tag',
      setViewport: 'Set the viewport to "{content}"',
    },
  },
  check({ page, source, report }) {
    if (!isWholePage(page, source)) return;
    const meta = metasNamed(page, 'viewport')[0];
    if (!meta) {
      const anchor = page.first('head') ?? page.first('html');
      const span = anchor ? page.startTagSpan(anchor) : { start: 0, end: 0 };
      const charset = page.elementsNamed('meta').find((element) => element.attribs['charset'] !== undefined);
      const insertion = headInsertionPoint(page, charset);
      report({
        message: ruleMessage(viewport.meta, 'missing', { standardContent }),
        ...span,
        fixes: insertion
          ? [
              {
                title: ruleMessage(viewport.meta, 'addStandardViewportTag'),
                safe: true,
                edits: [
                  {
                    start: insertion.offset,
                    end: insertion.offset,
                    newText: `${page.lines.eol}${insertion.indent}<meta name="viewport" content="${standardContent}">`,
                  },
                ],
              },
            ]
          : [],
      });
      return;
    }
    if (isMobileOptimized(meta.attribs['content'] ?? '')) return;
    const attribute = page.attributeSpan(meta, 'content');
    const tag = page.startTagSpan(meta);
    const insertAt = tag.end - (page.text[tag.end - 2] === '/' ? 2 : 1);
    report({
      message: ruleMessage(viewport.meta, 'noWidthOrScale', { standardContent }),
      ...tag,
      fixes: [
        {
          title: ruleMessage(viewport.meta, 'setViewport', { content: standardContent }),
          edits: [
            attribute
              ? { start: attribute.start, end: attribute.end, newText: `content="${standardContent}"` }
              : { start: insertAt, end: insertAt, newText: ` content="${standardContent}"` },
          ],
        },
      ],
    });
  },
};
