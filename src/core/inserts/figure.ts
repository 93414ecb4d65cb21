import { answer, type InsertBlock } from './types';
import { imageQuestions, imageTag } from './image';
import { all, notPlaceholder, required } from './validate';
import { escapeText } from './escape';

export const figureBlock: InsertBlock = {
  id: 'figure',
  label: 'Figure with caption',
  detail: 'An image with a visible caption under it, such as a credit',
  questions: [
    ...imageQuestions,
    {
      key: 'caption',
      kind: 'text',
      prompt: 'Write the caption shown under the image',
      guidance: 'Context everyone can read, such as what to notice or who took the photo. Do not repeat the alt text.',
      validate: all(required('a caption'), notPlaceholder),
    },
  ],
  // Markdown has no figure: the same HTML works in both.
  build: (answers) => ['<figure>', `  ${imageTag(answers)}`, `  <figcaption>${escapeText(answer(answers, 'caption'))}</figcaption>`, '</figure>'].join('\n'),
};
