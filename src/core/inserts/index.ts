import type { InsertBlock } from './types';
import { imageBlock } from './image';
import { figureBlock } from './figure';
import { buttonLinkBlock, linkBlock } from './link';
import { headingBlock } from './heading';
import { quoteBlock } from './quote';
import { tableBlock } from './table';
import { videoBlock } from './video';
import { callToActionBlock } from './callToAction';
import { contactCardBlock } from './contactCard';
import { eventBlock } from './event';
import { faqBlock } from './faq';
import { pageHeadBlock } from './pageHead';

export type { Answers, ChoiceQuestion, FileQuestion, InsertBlock, InsertContext, InsertFormat, Question, TextQuestion } from './types';
export { relativePath } from './paths';
export { readImageSize, type ImageDimensions } from './imageSize';

/** Every guided insert, in the order the list shows them. */
export const insertBlocks: readonly InsertBlock[] = [
  imageBlock,
  figureBlock,
  linkBlock,
  buttonLinkBlock,
  headingBlock,
  quoteBlock,
  tableBlock,
  videoBlock,
  callToActionBlock,
  contactCardBlock,
  eventBlock,
  faqBlock,
  pageHeadBlock,
];

export function insertBlockById(id: string): InsertBlock | undefined {
  return insertBlocks.find((block) => block.id === id);
}

/** The questions still to ask, in order, given the answers so far (some are asked only after certain answers). */
export function questionsToAsk(block: InsertBlock, answers: Readonly<Record<string, string | undefined>>) {
  return block.questions.filter((question) => !question.when || question.when(answers));
}
