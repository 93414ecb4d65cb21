import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import type { HtmlPage } from '../html/parse';
import type { TextEdit } from '../types';

const id = 'video-caption';

const track = '<track kind="captions" src="" srclang="en" label="English">';
const cursorInSrc = track.indexOf('src="') + 'src="'.length;

/** Where the new <track> goes: on its own line before `</video>`, or just before it on one-line markup. */
function insertTrack(page: HtmlPage, video: Element): TextEdit {
  const endTag = page.endTagStart(video);
  const text = page.text;
  if (endTag === undefined) {
    const end = page.startTagSpan(video).end;
    return { start: end, end, newText: track, cursorOffset: cursorInSrc };
  }
  let lineStart = endTag;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] === '\n') {
    const indent = page.lines.indentationAt(video.startIndex ?? 0);
    const childIndent = indent + '  ';
    const newText = `${childIndent}${track}${page.lines.eol}`;
    return { start: lineStart, end: lineStart, newText, cursorOffset: childIndent.length + cursorInSrc };
  }
  return { start: endTag, end: endTag, newText: track, cursorOffset: cursorInSrc };
}

export const videoCaption: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Videos need captions',
    description: 'Finds `<video>` elements with no captions track (`<track kind="captions">`) inside.',
    whyItMatters:
      'Captions show what is said and heard in a video as text. Deaf and hard-of-hearing people depend on them, and so does anyone watching with the sound off, on a train or in an open-plan office. Most people on social media and mobile watch without sound.',
    equivalents: { axe: 'video-caption', lighthouse: 'video-caption' },
    docPath: docPathFor(id),
    messages: {
      noCaptions:
        'This video has no captions. Deaf and hard-of-hearing viewers, and anyone watching with the sound off, miss what is said. Add a captions file (WebVTT, .vtt) with <track kind="captions" src="…" srclang="en" label="English"> inside the <video>.',
      addCaptionsTrack: 'Add a captions track',
    },
  },
  check({ page, report }) {
    const videos = page.elementsNamed('video');
    if (videos.length === 0) return;
    const captioned = new Set<Element>();
    for (const trackElement of page.elementsNamed('track')) {
      if (trackElement.attribs['kind']?.toLowerCase() !== 'captions') continue;
      let parent = trackElement.parent;
      while (parent && 'name' in parent) {
        if ((parent as Element).name === 'video') {
          captioned.add(parent as Element);
          break;
        }
        parent = parent.parent;
      }
    }
    for (const video of videos) {
      if (captioned.has(video)) continue;
      const span = page.startTagSpan(video);
      report({
        message: ruleMessage(videoCaption.meta, 'noCaptions'),
        start: span.start,
        end: span.end,
        fixes: [{ title: ruleMessage(videoCaption.meta, 'addCaptionsTrack'), edits: [insertTrack(page, video)] }],
      });
    }
  },
};
