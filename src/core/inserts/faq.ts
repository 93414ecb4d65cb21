import { answer, type Answers, type InsertBlock, type Question } from './types';
import { all, notPlaceholder, required } from './validate';
import { escapeMarkdown, escapeMarkdownHeading, escapeText, jsonForScript } from './escape';

const pairs = 3;

/** Question n and its answer; the first pair is required, later ones are asked only after the one before. */
function pairQuestions(n: number): Question[] {
  const first = n === 1;
  return [
    {
      key: `q${n}`,
      kind: 'text',
      prompt: first ? 'First question' : `Question ${n} (optional: leave empty to finish)`,
      guidance: 'Write it the way readers would ask it, e.g. "Can I bring my dog?"',
      optional: !first,
      when: first ? undefined : (answers: Answers) => answer(answers, `q${n - 1}`) !== '',
      validate: first ? all(required('a question'), notPlaceholder) : notPlaceholder,
    },
    {
      key: `a${n}`,
      kind: 'text',
      prompt: `Answer to "${first ? 'the first question' : `question ${n}`}"`,
      guidance: 'A short, complete answer. Search engines may show it under the question.',
      when: first ? undefined : (answers: Answers) => answer(answers, `q${n}`) !== '',
      validate: all(required('the answer'), notPlaceholder),
    },
  ];
}

function askedPairs(answers: Answers): { question: string; answer: string }[] {
  const result: { question: string; answer: string }[] = [];
  for (let n = 1; n <= pairs; n++) {
    const question = answer(answers, `q${n}`);
    if (question) result.push({ question, answer: answer(answers, `a${n}`) });
  }
  return result;
}

export const faqBlock: InsertBlock = {
  id: 'faq',
  label: 'Questions and answers (FAQ)',
  detail: 'Up to three questions with their answers, marked up for search engines',
  questions: Array.from({ length: pairs }, (_, index) => pairQuestions(index + 1)).flat(),
  build(answers, context) {
    const asked = askedPairs(answers);
    const script = [
      '<script type="application/ld+json">',
      jsonForScript({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: asked.map((pair) => ({ '@type': 'Question', name: pair.question, acceptedAnswer: { '@type': 'Answer', text: pair.answer } })),
      }),
      '</script>',
    ].join('\n');
    if (context.format === 'markdown') {
      return [
        '## Questions and answers',
        '',
        ...asked.flatMap((pair) => [`### ${escapeMarkdownHeading(pair.question)}`, '', escapeMarkdown(pair.answer), '']),
        script,
      ].join('\n');
    }
    return [
      '<section class="faq">',
      '  <h2>Questions and answers</h2>',
      ...asked.flatMap((pair) => [`  <h3>${escapeText(pair.question)}</h3>`, `  <p>${escapeText(pair.answer)}</p>`]),
      '</section>',
      script,
    ].join('\n');
  },
};
