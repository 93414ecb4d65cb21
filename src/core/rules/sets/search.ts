import type { Rule } from '../rule';
import { canonical } from '../canonical';
import { crawlableAnchors } from '../crawlable-anchors';
import { hreflang } from '../hreflang';
import { isCrawlable } from '../is-crawlable';
import { linkText } from '../link-text';
import { pageHasHeadingOne } from '../page-has-heading-one';
import { singleH1 } from '../single-h1';
import { socialTags } from '../social-tags';
import { structuredData } from '../structured-data';
import { unsizedImages } from '../unsized-images';
import { viewport } from '../viewport';

/** Rules of this group, in the order findings are listed when they share a position. */
export const searchRules: readonly Rule[] = [
  isCrawlable,
  canonical,
  hreflang,
  viewport,
  socialTags,
  structuredData,
  pageHasHeadingOne,
  singleH1,
  linkText,
  crawlableAnchors,
  unsizedImages,
];
