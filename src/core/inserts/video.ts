import { answer, type InsertBlock } from './types';
import { all, notPlaceholder, required } from './validate';
import { escapeAttribute } from './escape';

export const videoBlock: InsertBlock = {
  id: 'video',
  label: 'Video with captions',
  detail: 'A video file from the site, with its captions file',
  questions: [
    { key: 'video', kind: 'file', prompt: 'Choose the video', guidance: "Video files in this site's folder.", extensions: ['mp4', 'webm', 'ogv', 'mov'] },
    {
      key: 'captions',
      kind: 'file',
      prompt: 'Choose its captions file (.vtt)',
      guidance: 'Captions let deaf and hard-of-hearing people, and anyone with the sound off, follow the video. Ask IT if you have none yet.',
      extensions: ['vtt'],
    },
    {
      key: 'language',
      kind: 'text',
      prompt: 'Language of the captions',
      guidance: 'A short language code: en for English, fr for French, cy for Welsh.',
      initialValue: 'en',
      validate: (value) => (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/.test(value.trim()) ? undefined : 'Write a language code such as en, fr or pt-BR.'),
    },
    {
      key: 'label',
      kind: 'text',
      prompt: "Name of the captions in the player's menu",
      guidance: 'e.g. "English".',
      initialValue: 'English',
      validate: all(required('a name for the captions'), notPlaceholder),
    },
  ],
  // Markdown has no video: HTML in both.
  build: (answers) =>
    [
      `<video controls preload="metadata" src="${escapeAttribute(answer(answers, 'video'))}">`,
      `  <track kind="captions" src="${escapeAttribute(answer(answers, 'captions'))}" srclang="${escapeAttribute(answer(answers, 'language'))}" label="${escapeAttribute(answer(answers, 'label'))}" default>`,
      '</video>',
    ].join('\n'),
};
