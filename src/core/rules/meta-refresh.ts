import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { removeElementEdit } from '../html/edits';

const id = 'meta-refresh';

/** axe-core's meta-refresh check: a delay above 0 and up to 20 hours (72,000 seconds) fails. */
const maxDelay = 72000;

export const metaRefresh: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Pages must not refresh or redirect on a timer',
    description:
      'Finds `<meta http-equiv="refresh">` that reloads the page or sends the reader to another page after a delay (for example `content="30"` or `content="5; url=new-page.html"`). An immediate redirect (`content="0; url=…"`) is not reported.',
    whyItMatters:
      'A page that reloads or moves on by itself can take people away before they have finished reading, filling in a form or listening with a screen reader, and they cannot stop it. Slow readers, people with cognitive disabilities and screen reader users are hit hardest.',
    equivalents: { axe: 'meta-refresh', lighthouse: 'meta-refresh' },
    docPath: docPathFor(id),
    messages: {
      redirects:
        'This page sends readers to another page after {delay} seconds, which can cut them off mid-sentence. Redirect on the server instead, or replace this with a link they can choose to follow.',
      reloads:
        'This page reloads itself every {delay} seconds, which can move readers back to the top and lose their place. Remove the automatic refresh, or give readers a button to update the page.',
      removeAutomaticRefresh: 'Remove the automatic refresh',
    },
  },
  check({ page, report }) {
    for (const meta of page.elementsNamed('meta')) {
      if (meta.attribs['http-equiv']?.toLowerCase() !== 'refresh') continue;
      const content = meta.attribs['content'];
      if (content === undefined) continue;
      const [delayText] = content.trim().split(/[;,\s]/);
      if (!/^[0-9.]+$/.test(delayText)) continue;
      const delay = parseFloat(delayText);
      if (!(delay > 0) || delay > maxDelay) continue;
      const redirects = /url\s*=/i.test(content);
      const span = page.startTagSpan(meta);
      report({
        message: redirects ? ruleMessage(metaRefresh.meta, 'redirects', { delay }) : ruleMessage(metaRefresh.meta, 'reloads', { delay }),
        start: span.start,
        end: span.end,
        fixes: [{ title: ruleMessage(metaRefresh.meta, 'removeAutomaticRefresh'), edits: [removeElementEdit(page, meta)] }],
      });
    }
  },
};
