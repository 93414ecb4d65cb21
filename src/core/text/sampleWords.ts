/**
 * The sample words our snippets put in a page for the writer to replace. Every one ends with "…" so it cannot be
 * mistaken for real words; the `placeholder-text` check reports any left in the page, and the snippet tests
 * require every snippet default to be listed here. The last few are the defaults of earlier snippets.
 */
export const sampleWords: readonly string[] = [
  'Describe the image…',
  'Say where the link goes…',
  'Say what the button does…',
  'Caption: what to notice, and who took the photo…',
  'Section heading…',
  'Subsection heading…',
  'Smaller heading…',
  'Main heading of the page…',
  'Page title for search results…',
  'Organisation name…',
  'Sum up this page in one or two sentences…',
  'Sum up this post in one or two sentences…',
  'News headline for search results…',
  'Name of the person or team…',
  'Their role in the organisation…',
  'What this table shows…',
  'Column heading…',
  'Row heading…',
  'Cell value…',
  'First item…',
  'Second item…',
  'Third item…',
  'Term to explain…',
  'What the term means…',
  'The words someone said or wrote…',
  'Name and role of the person quoted…',
  'Write the paragraph here…',
  'Name of the event…',
  'Where it takes place…',
  'A question readers ask…',
  'The answer, in a sentence or two…',
  'What readers should do…',
  'Why they should do it…',
  'Summary readers click to open…',
  'The details shown when opened…',
  'Name of the document…',
  'Label of the field…',
  'Short note shown beside the text…',
  'Important note for readers…',
  'File size…',
  'Phone number…',
  'Date in words…',
  'Full words of the abbreviation…',
  'Abbreviation…',
  'Width in pixels…',
  'Height in pixels…',
  'your-image.jpg',
  'your-document.pdf',
  'your-video.mp4',
  'your-captions.vtt',
  'your-page.html',
  'your-organisation.org',
  // Defaults of earlier snippets, which pages may still hold (only those that cannot be ordinary prose).
  'Page title | Organisation name',
  'Caption: what readers should notice, and who took the photo',
  'Sum up this page in one or two sentences, 50 to 160 characters.',
  'https://example.org/page',
];

const lowerCased = sampleWords.map((words) => words.toLowerCase());

/** The sample words without "…": the only ones text without "…" can hold (most text, so most searches stop there). */
const withoutEllipsis = sampleWords.flatMap((words, index) => (words.includes('…') ? [] : [index]));
const allIndexes = sampleWords.map((_, index) => index);

/** The first sample words in `text` (ignoring case), with where they start, or undefined. */
export function findSampleWords(text: string): { index: number; length: number; words: string } | undefined {
  const lower = text.toLowerCase();
  let best: { index: number; length: number; words: string } | undefined;
  for (const i of text.includes('…') ? allIndexes : withoutEllipsis) {
    const index = lower.indexOf(lowerCased[i]);
    if (index >= 0 && (!best || index < best.index)) best = { index, length: sampleWords[i].length, words: sampleWords[i] };
  }
  return best;
}
