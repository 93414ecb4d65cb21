import { answer, type Answers, type InsertBlock } from './types';
import { all, isoDate, notPlaceholder, required, timeOfDay } from './validate';
import { escapeMarkdown, escapeMarkdownHeading, escapeText, jsonForScript } from './escape';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 May 2026", or "14 May 2026, 18:30" when a time is given. */
export function readableDate(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const words = `${day} ${months[month - 1]} ${year}`;
  return time ? `${words}, ${paddedTime(time)}` : words;
}

function paddedTime(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${hours.padStart(2, '0')}:${minutes}`;
}

/** The date (and time) as machines read it: 2026-05-14 or 2026-05-14T18:30. */
function machineDate(answers: Answers): string {
  const time = answer(answers, 'time');
  return time ? `${answer(answers, 'date')}T${paddedTime(time)}` : answer(answers, 'date');
}

/** schema.org Event, so search engines can show the date and place. */
function eventJson(answers: Answers): string {
  const address = answer(answers, 'address');
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: answer(answers, 'name'),
    startDate: machineDate(answers),
    location: { '@type': 'Place', name: answer(answers, 'place'), ...(address ? { address } : {}) },
    description: answer(answers, 'description'),
  });
}

export const eventBlock: InsertBlock = {
  id: 'event',
  label: 'Event',
  detail: 'What, when and where, with the details search engines read',
  questions: [
    {
      key: 'name',
      kind: 'text',
      prompt: 'Name of the event',
      guidance: 'e.g. "Spring fair at Riverside Library".',
      validate: all(required('the name of the event'), notPlaceholder),
    },
    { key: 'date', kind: 'text', prompt: 'Date (year-month-day)', guidance: 'e.g. 2026-05-14 for 14 May 2026. The page shows it in words.', validate: isoDate },
    {
      key: 'time',
      kind: 'text',
      prompt: 'Start time (optional, 24-hour clock)',
      guidance: 'e.g. 18:30. Leave empty for an all-day event.',
      optional: true,
      validate: timeOfDay,
    },
    {
      key: 'place',
      kind: 'text',
      prompt: 'Where is it?',
      guidance: 'The name of the place, e.g. "Riverside Library".',
      validate: all(required('the place'), notPlaceholder),
    },
    {
      key: 'address',
      kind: 'text',
      prompt: 'Address (optional)',
      guidance: 'e.g. "12 Mill Lane, Riverside". Helps people and maps find it.',
      optional: true,
      validate: notPlaceholder,
    },
    {
      key: 'description',
      kind: 'text',
      prompt: 'One or two sentences about the event',
      guidance: 'What happens, and who it is for.',
      validate: all(required('a few words about the event'), notPlaceholder),
    },
  ],
  build(answers, context) {
    const when = readableDate(answer(answers, 'date'), answer(answers, 'time'));
    const address = answer(answers, 'address');
    const where = address ? `${answer(answers, 'place')}, ${address}` : answer(answers, 'place');
    const script = ['<script type="application/ld+json">', eventJson(answers), '</script>'].join('\n');
    if (context.format === 'markdown') {
      return [
        `## ${escapeMarkdownHeading(answer(answers, 'name'))}`,
        '',
        `**When:** ${escapeMarkdown(when)}  `,
        `**Where:** ${escapeMarkdown(where)}`,
        '',
        escapeMarkdown(answer(answers, 'description')),
        '',
        script,
      ].join('\n');
    }
    return [
      '<section class="event">',
      `  <h2>${escapeText(answer(answers, 'name'))}</h2>`,
      `  <p>When: <time datetime="${machineDate(answers)}">${escapeText(when)}</time><br>Where: ${escapeText(where)}</p>`,
      `  <p>${escapeText(answer(answers, 'description'))}</p>`,
      '</section>',
      script,
    ].join('\n');
  },
};
