import type { Rule } from '../rule';
import { ariaHiddenBody } from '../aria-hidden-body';
import { ariaRequiredAttr } from '../aria-required-attr';
import { ariaRoles } from '../aria-roles';
import { ariaValidAttr } from '../aria-valid-attr';
import { ariaValidAttrValue } from '../aria-valid-attr-value';
import { blink } from '../blink';
import { definitionList } from '../definition-list';
import { dlitem } from '../dlitem';
import { list } from '../list';
import { listitem } from '../listitem';
import { marquee } from '../marquee';
import { metaRefresh } from '../meta-refresh';
import { metaViewport } from '../meta-viewport';
import { tabindex } from '../tabindex';
import { videoCaption } from '../video-caption';

/** Rules of this group, in the order findings are listed when they share a position. */
export const ariaAndMarkupRules: readonly Rule[] = [
  ariaRoles,
  ariaValidAttr,
  ariaValidAttrValue,
  ariaRequiredAttr,
  ariaHiddenBody,
  tabindex,
  metaRefresh,
  metaViewport,
  videoCaption,
  list,
  listitem,
  definitionList,
  dlitem,
  marquee,
  blink,
];
