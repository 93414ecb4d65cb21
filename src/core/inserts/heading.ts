import { answer, type InsertBlock } from './types';
import { all, notPlaceholder, required } from './validate';
import { escapeMarkdownHeading, escapeText } from './escape';

export const headingBlock: InsertBlock = {
  id: 'heading',
  label: 'Heading',
  detail: 'A section heading, at the right level',
  questions: [
    {
      key: 'level',
      kind: 'choice',
      prompt: 'What kind of heading?',
      guidance: 'Headings go in order: the page title is level 1, its sections level 2, their parts level 3. Choose by structure, not by size.',
      choices: [
        { value: '2', label: 'Section (level 2)', detail: 'A main part of the page' },
        { value: '3', label: 'Part of a section (level 3)', detail: 'Inside a level 2 section' },
        { value: '4', label: 'Smaller part (level 4)', detail: 'Inside a level 3 part' },
      ],
    },
    {
      key: 'text',
      kind: 'text',
      prompt: 'Write the heading',
      guidance: 'A few words that say what the section is about; screen reader users jump from heading to heading.',
      validate: all(required('the heading'), notPlaceholder),
    },
  ],
  build(answers, context) {
    const level = Math.min(6, Math.max(2, Number(answer(answers, 'level')) || 2));
    const text = answer(answers, 'text');
    if (context.format === 'markdown') return `${'#'.repeat(level)} ${escapeMarkdownHeading(text)}`;
    return `<h${level}>${escapeText(text)}</h${level}>`;
  },
};
