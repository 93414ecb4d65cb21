import type { SiteRule } from '../siteRule';
import { canonicalMissingPage } from './canonical-missing-page';
import { duplicateDescription } from './duplicate-description';
import { duplicateTitle } from './duplicate-title';
import { hreflangNoReturn } from './hreflang-no-return';
import { missingAnchor } from './missing-anchor';
import { missingFile } from './missing-file';
import { missingPage } from './missing-page';
import { orphanPage } from './orphan-page';

/** Every cross-page check, in the order their findings are listed when they share a place. */
export const siteRules: readonly SiteRule[] = [
  missingPage,
  missingFile,
  missingAnchor,
  canonicalMissingPage,
  hreflangNoReturn,
  duplicateTitle,
  duplicateDescription,
  orphanPage,
];
