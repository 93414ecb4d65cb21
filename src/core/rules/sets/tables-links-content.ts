import type { Rule } from '../rule';
import { allCaps } from '../all-caps';
import { colorContrast } from '../color-contrast';
import { identicalLinkText } from '../identical-link-text';
import { linkFileType } from '../link-file-type';
import { linkNewWindow } from '../link-new-window';
import { placeholderText } from '../placeholder-text';
import { readability } from '../readability';
import { scopeAttrValid } from '../scope-attr-valid';
import { tdHeadersAttr } from '../td-headers-attr';
import { thHasDataCells } from '../th-has-data-cells';

/** Rules of this group, in the order findings are listed when they share a position. */
export const tableLinkContentRules: readonly Rule[] = [
  tdHeadersAttr,
  thHasDataCells,
  scopeAttrValid,
  identicalLinkText,
  linkNewWindow,
  linkFileType,
  colorContrast,
  placeholderText,
  allCaps,
  readability,
];
