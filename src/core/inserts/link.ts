import { answer, type InsertBlock, type Question } from './types';
import { linkAddress, linkText } from './validate';
import { escapeAttribute, escapeMarkdown, escapeText, markdownDestination } from './escape';

export const linkQuestions: readonly Question[] = [
  {
    key: 'href',
    kind: 'text',
    prompt: 'Where does the link go?',
    guidance: 'A full web address (https://…), a page of this site (/about/contact.html), or an e-mail (mailto:name@organisation.org).',
    validate: linkAddress,
  },
  {
    key: 'text',
    kind: 'text',
    prompt: 'Write the words people click',
    guidance: 'Say where the link goes, so it makes sense on its own: "Opening hours of the central library", not "click here".',
    validate: linkText,
  },
];

export const linkBlock: InsertBlock = {
  id: 'link',
  label: 'Link',
  detail: 'A link whose words say where it goes',
  questions: linkQuestions,
  build(answers, context) {
    const href = answer(answers, 'href');
    const text = answer(answers, 'text');
    if (context.format === 'markdown') return `[${escapeMarkdown(text)}](${markdownDestination(href)})`;
    return `<a href="${escapeAttribute(href)}">${escapeText(text)}</a>`;
  },
};

/** A link that looks like a button: `class="button"`, the class most site themes style as one. */
export function buttonLink(href: string, text: string): string {
  return `<a class="button" href="${escapeAttribute(href)}">${escapeText(text)}</a>`;
}

export const buttonLinkBlock: InsertBlock = {
  id: 'button-link',
  label: 'Button-style link',
  detail: 'A link that looks like a button, for the one thing you want readers to do',
  questions: linkQuestions,
  // Markdown cannot give a link a class: HTML in both.
  build: (answers) => buttonLink(answer(answers, 'href'), answer(answers, 'text')),
};
