import { answer, type Answers, type InsertBlock, type InsertContext, type Question } from './types';
import { altText } from './validate';
import { escapeAttribute, escapeMarkdown, markdownDestination } from './escape';

export const imageExtensions = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'avif'] as const;

/** The questions every image asks: which file, whether it carries meaning, and if so its alt text. */
export const imageQuestions: readonly Question[] = [
  {
    key: 'image',
    kind: 'file',
    prompt: 'Choose the image',
    guidance: "Images in this site's folder. Its width and height are read from the file, so the page does not jump while it loads.",
    extensions: imageExtensions,
    readSize: true,
  },
  {
    key: 'purpose',
    kind: 'choice',
    prompt: 'What does the image do on the page?',
    guidance: 'Screen readers read out a description of images that carry information, and skip decoration.',
    choices: [
      { value: 'informative', label: 'It shows something readers should know', detail: 'You will describe it in a few words (alt text).' },
      { value: 'decorative', label: 'It is only decoration', detail: 'A border, a background pattern, a mood picture: screen readers skip it.' },
    ],
  },
  {
    key: 'alt',
    kind: 'text',
    prompt: 'Describe the image for someone who cannot see it',
    guidance:
      'Say what it shows or means in this page, in one short sentence, e.g. "Volunteers planting trees in Riverside Park". Do not start with "Image of".',
    when: (answers) => answers['purpose'] !== 'decorative',
    validate: altText,
  },
];

/** The `<img>` tag for the answers: alt (empty when decorative), and the size read from the file. */
export function imageTag(answers: Answers): string {
  const alt = answers['purpose'] === 'decorative' ? '' : answer(answers, 'alt');
  const width = answer(answers, 'imageWidth');
  const height = answer(answers, 'imageHeight');
  const size = width && height ? ` width="${escapeAttribute(width)}" height="${escapeAttribute(height)}"` : '';
  return `<img src="${escapeAttribute(answer(answers, 'image'))}" alt="${escapeAttribute(alt)}"${size}>`;
}

export const imageBlock: InsertBlock = {
  id: 'image',
  label: 'Image',
  detail: 'A picture from the site, with alt text and its real size',
  questions: imageQuestions,
  build(answers: Answers, context: InsertContext): string {
    // Markdown's ![…](…) has no width and height, and gives an empty description no alt="": HTML then.
    const sized = answer(answers, 'imageWidth') !== '';
    if (context.format === 'markdown' && answers['purpose'] !== 'decorative' && !sized) {
      return `![${escapeMarkdown(answer(answers, 'alt'))}](${markdownDestination(answer(answers, 'image'))})`;
    }
    return imageTag(answers);
  },
};
