import { answer, type InsertBlock } from './types';
import { all, notPlaceholder, required } from './validate';
import { escapeText } from './escape';

/** Column headings typed as one line, separated by commas. */
export function columnHeadings(value: string): string[] {
  return value
    .split(',')
    .map((heading) => heading.trim())
    .filter((heading) => heading !== '');
}

export const tableBlock: InsertBlock = {
  id: 'table',
  label: 'Table with header row and caption',
  detail: 'Data in rows and columns, with a caption and column headings',
  questions: [
    {
      key: 'caption',
      kind: 'text',
      prompt: 'What does the table show?',
      guidance: 'The caption names the table for everyone, e.g. "Opening hours over the holidays".',
      validate: all(required('a caption'), notPlaceholder),
    },
    {
      key: 'columns',
      kind: 'text',
      prompt: 'Column headings, separated by commas',
      guidance: 'e.g. "Day, Opens, Closes". Screen readers read the heading with each cell.',
      validate: (value) => (columnHeadings(value).length < 2 ? 'Give at least two column headings, separated by commas.' : notPlaceholder(value)),
    },
    {
      key: 'rows',
      kind: 'text',
      prompt: 'How many rows of data?',
      guidance: 'A number from 1 to 50; you fill the cells in afterwards.',
      initialValue: '3',
      validate: (value) => (/^\d{1,2}$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 50 ? undefined : 'Write a number from 1 to 50.'),
    },
  ],
  // Markdown tables have no caption: HTML in both.
  build(answers) {
    const headings = columnHeadings(answer(answers, 'columns'));
    const rows = Math.min(50, Math.max(1, Number(answer(answers, 'rows')) || 1));
    const emptyRow = ['    <tr>', ...headings.map(() => '      <td></td>'), '    </tr>'];
    return [
      '<table>',
      `  <caption>${escapeText(answer(answers, 'caption'))}</caption>`,
      '  <thead>',
      '    <tr>',
      ...headings.map((heading) => `      <th scope="col">${escapeText(heading)}</th>`),
      '    </tr>',
      '  </thead>',
      '  <tbody>',
      ...Array.from({ length: rows }, () => emptyRow).flat(),
      '  </tbody>',
      '</table>',
    ].join('\n');
  },
};
