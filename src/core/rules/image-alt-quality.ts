import type { Element } from 'domhandler';
import type { Rule } from './rule';
import { askFix, docPathFor, ruleMessage, escapeAttribute } from './rule';
import type { HtmlPage } from '../html/parse';
import type { Fix } from '../types';

const id = 'image-alt-quality';

/** Image file extensions: alt text ending in one of these is a file name. */
const fileName = /^[\w\-.()/\\:%~+@ ]*\.(?:jpe?g|jfif|png|gif|webp|avif|svg|bmp|tiff?|heic|heif|ico)$/i;
/** Names cameras and phones give photos, without the extension: IMG_4021, DSC01234, PXL_20240501_093012. */
const cameraName = /^(?:img|dsc|dscn|dscf|dcim|pxl|mvimg|sam|gopr|screenshot|image|photo|pic)[ _-]?\d{2,}(?:[ _-]\d+)*$/i;
/** "Image of", "A photo of", "Picture:", … at the start: screen readers already say it is an image. */
const redundantPrefix = /^\s*(?:(?:an?|the)\s+)?(?:image|picture|photo|photograph|graphic|pic)(?:\s+of\b\s*|\s*:\s*)/i;

export const imageAltQuality: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'warning',
    title: 'Alt text should describe the image',
    description:
      'Finds image alt text that does not describe the image: a file name (`IMG_4021.jpg`, `photo.png`, or the name of the image file), text that starts with "Image of", "Picture of", "Photo of", "Graphic of" or "Image:", or text longer than 150 characters.',
    whyItMatters:
      'Alt text is read aloud to people who cannot see the image. A file name tells them nothing, "image of" repeats what the screen reader already said, and a very long text is tiring to listen to and cannot be skipped. Search engines also read alt text to understand your images.',
    equivalents: {},
    docPath: docPathFor(id),
    messages: {
      fileName:
        'This image\'s alt text is a file name ("{text}"). Screen reader users hear it read out letter by letter. Describe what the image shows instead, or use alt="" if it is only decoration.',
      startsWithImage:
        'This image\'s alt text starts with "{said}". Screen readers already announce that it is an image, so leave those words out and start with what it shows.',
      tooLong:
        "This image's alt text is {count} characters long. Keep it to about one sentence (at most {maxLength} characters): say what matters about the image, and put longer explanations in the text of the page.",
      markAsDecoration: 'Mark as decoration (alt="")',
      rewriteAltText: 'Rewrite the alt text…',
      prompt: 'Describe this image for someone who cannot see it',
      placeholder: 'What does the image tell the reader? One sentence; no need to say "image of".',
    },
    options: {
      maxLength: { type: 'integer', default: 150, minimum: 1, description: 'Alt text longer than this many characters is reported.' },
    },
  },
  check({ page, options, report }) {
    const maxLength = options.number('maxLength');
    for (const image of page.elementsNamed('img')) {
      const alt = image.attribs['alt'];
      if (alt === undefined) continue;
      const text = alt.trim();
      if (text === '') continue;
      // Where the alt text is written, looked up only for an image that is reported (most are not).
      const spanOf = () => page.attributeSpan(image, 'alt') ?? page.startTagSpan(image);
      if (isFileName(text, image.attribs['src'])) {
        const span = spanOf();
        report({
          message: ruleMessage(imageAltQuality.meta, 'fileName', { text }),
          start: span.start,
          end: span.end,
          fixes: [rewriteFix(page, image, maxLength), decorationFix(page, image)],
        });
        continue;
      }
      const prefix = redundantPrefix.exec(text);
      if (prefix) {
        const said = prefix[0].trim().replace(/\s+/g, ' ');
        const removed = removePrefixFix(page, image, said);
        const span = spanOf();
        report({
          message: ruleMessage(imageAltQuality.meta, 'startsWithImage', { said }),
          start: span.start,
          end: span.end,
          fixes: removed ? [removed, rewriteFix(page, image, maxLength, text)] : [rewriteFix(page, image, maxLength, text)],
        });
        continue;
      }
      // Characters, not UTF-16 units; only counted when the text could be too long.
      const count = text.length > maxLength ? [...text].length : 0;
      if (count > maxLength) {
        const span = spanOf();
        report({
          message: ruleMessage(imageAltQuality.meta, 'tooLong', { count, maxLength }),
          start: span.start,
          end: span.end,
          fixes: [rewriteFix(page, image, maxLength, text)],
        });
      }
    }
  },
};

function isFileName(text: string, src: string | undefined): boolean {
  if ((/\.[a-z]{3,5}$/i.test(text) && fileName.test(text)) || (/\d$/.test(text) && cameraName.test(text))) return true;
  // The image's own file name, with or without its extension ("team-photo" for team-photo.jpg).
  // Only names that look made by a machine (with _, - or digits): alt="logo" for logo.png is a word, not a file name.
  if (!src || /\s/.test(text) || !/[_\-\d]/.test(text)) return false;
  const file = src.trim().split(/[?#]/)[0].split('/').pop();
  if (!file) return false;
  const lower = text.toLowerCase();
  const fileLower = safeDecode(file).toLowerCase();
  return lower === fileLower || lower === fileLower.replace(/\.[a-z0-9]+$/, '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function rewriteFix(page: HtmlPage, image: Element, maxLength: number, initialValue?: string): Fix {
  const span = page.attributeSpan(image, 'alt')!;
  return askFix(ruleMessage(imageAltQuality.meta, 'rewriteAltText'), {
    prompt: ruleMessage(imageAltQuality.meta, 'prompt'),
    placeholder: ruleMessage(imageAltQuality.meta, 'placeholder'),
    length: { max: maxLength },
    start: span.start,
    end: span.end,
    before: 'alt="',
    after: '"',
    escape: 'attribute',
    initialValue,
  });
}

function decorationFix(page: HtmlPage, image: Element): Fix {
  const span = page.attributeSpan(image, 'alt')!;
  return { title: ruleMessage(imageAltQuality.meta, 'markAsDecoration'), edits: [{ start: span.start, end: span.end, newText: 'alt=""' }] };
}

/**
 * Removes "Image of" and capitalises what follows. Works on the source text
 * when the prefix is written plainly, so the rest of the value (entities,
 * quotes) stays as it was; otherwise rewrites the whole attribute.
 */
function removePrefixFix(page: HtmlPage, image: Element, said: string): Fix | undefined {
  const title = `Remove "${said}"`;
  const valueSpan = page.attributeValueSpan(image, 'alt');
  const attributeSpan = page.attributeSpan(image, 'alt');
  if (!valueSpan || !attributeSpan) return undefined;
  const raw = page.text.slice(valueSpan.start, valueSpan.end);
  const match = redundantPrefix.exec(raw);
  if (match) {
    const rest = raw.slice(match[0].length);
    if (rest.trim() === '') return undefined;
    const first = [...rest][0];
    const capital = /\p{L}/u.test(first) ? first.toUpperCase() : first;
    return {
      title,
      safe: true,
      edits: [{ start: valueSpan.start, end: valueSpan.start + match[0].length + first.length, newText: capital }],
    };
  }
  const decoded = (image.attribs['alt'] ?? '').trim();
  const decodedMatch = redundantPrefix.exec(decoded);
  if (!decodedMatch) return undefined;
  const rest = decoded.slice(decodedMatch[0].length);
  if (rest === '') return undefined;
  const capitalised = rest.charAt(0).toUpperCase() + rest.slice(1);
  return {
    title,
    safe: true,
    edits: [{ start: attributeSpan.start, end: attributeSpan.end, newText: `alt="${escapeAttribute(capitalised)}"` }],
  };
}
