import { answer, type InsertBlock } from './types';
import { all, notPlaceholder, required } from './validate';
import { escapeMarkdown, escapeText } from './escape';

export const quoteBlock: InsertBlock = {
  id: 'quote',
  label: 'Quote with attribution',
  detail: "Someone's words, and who said them",
  questions: [
    {
      key: 'quote',
      kind: 'text',
      prompt: 'Write the quote (without quotation marks)',
      guidance: 'The words exactly as they were said or written. The page shows them as a quote.',
      validate: all(required('the quote'), notPlaceholder),
    },
    {
      key: 'who',
      kind: 'text',
      prompt: 'Who said it?',
      guidance: 'Name and role, e.g. "Amira Haddad, head librarian".',
      validate: all(required('who said it'), notPlaceholder),
    },
  ],
  build(answers, context) {
    const quote = answer(answers, 'quote');
    const who = answer(answers, 'who');
    if (context.format === 'markdown') return `> ${escapeMarkdown(quote)}\n>\n> — ${escapeMarkdown(who)}`;
    return [
      '<figure>',
      '  <blockquote>',
      `    <p>${escapeText(quote)}</p>`,
      '  </blockquote>',
      `  <figcaption>— ${escapeText(who)}</figcaption>`,
      '</figure>',
    ].join('\n');
  },
};
