import type { RuleCases } from './caseTypes';
import * as aria from './cases/aria';
import * as forms from './cases/forms';
import * as names from './cases/names';
import * as pages from './cases/pages';
import * as structure from './cases/structure';

/** axe rules named as equivalents that are not compared, with the reason: axe cannot decide them from the source. */
export const notCompared: Readonly<Record<string, string>> = {
  'object-alt': 'axe-core checks only objects that loaded, which jsdom never loads',
  'server-side-image-map': 'axe-core only asks a person to review an image map',
  'duplicate-id-aria': 'axe-core only asks a person to review duplicated ids',
  'form-field-multiple-labels': 'axe-core only asks a person to review fields with several labels',
  'page-has-heading-one': 'axe-core stops with an error on this rule in jsdom and asks for a manual test',
  marquee: 'jsdom gives a marquee no size, so axe-core sees it as off screen and never reports it',
  'color-contrast': 'depends on colours and layout, which axe-core cannot compute in jsdom',
  'video-caption': 'axe-core only asks a person to review captions (never a violation from the source)',
  'identical-links-same-purpose': 'axe-core only asks a person to review whether the links lead to the same page',
};

/** Every axe rule compared, less those axe cannot decide from the source (`notCompared`, with the reason). */
export const ruleCases: readonly RuleCases[] = [
  ...Object.values(names),
  ...Object.values(forms),
  ...Object.values(aria),
  ...Object.values(structure),
  ...Object.values(pages),
].filter((spec) => !(spec.axeRule in notCompared));
