import { answer, type InsertBlock } from './types';
import { linkQuestions, buttonLink } from './link';
import { all, notPlaceholder, required } from './validate';
import { escapeText } from './escape';

export const callToActionBlock: InsertBlock = {
  id: 'call-to-action',
  label: 'Call to action',
  detail: 'A short heading, one sentence and a button-style link',
  questions: [
    {
      key: 'heading',
      kind: 'text',
      prompt: 'Heading of the call to action',
      guidance: 'What you ask readers to do, e.g. "Volunteer at the spring fair".',
      validate: all(required('a heading'), notPlaceholder),
    },
    {
      key: 'sentence',
      kind: 'text',
      prompt: 'One sentence: why should readers do it?',
      guidance: 'e.g. "We need 20 people on Saturday 14 May to run the stalls."',
      validate: all(required('a sentence'), notPlaceholder),
    },
    ...linkQuestions,
  ],
  // Markdown cannot group these or style the link: HTML in both.
  build: (answers) =>
    [
      '<section class="call-to-action">',
      `  <h2>${escapeText(answer(answers, 'heading'))}</h2>`,
      `  <p>${escapeText(answer(answers, 'sentence'))}</p>`,
      `  <p>${buttonLink(answer(answers, 'href'), answer(answers, 'text'))}</p>`,
      '</section>',
    ].join('\n'),
};
