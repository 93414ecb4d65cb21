import type { Rule } from '../rule';
import { accesskeys } from '../accesskeys';
import { duplicateId } from '../duplicate-id';
import { duplicateIdAria } from '../duplicate-id-aria';
import { emptyHeading } from '../empty-heading';
import { formFieldMultipleLabels } from '../form-field-multiple-labels';
import { headingOrder } from '../heading-order';
import { htmlHasLang } from '../html-has-lang';
import { htmlLangValid } from '../html-lang-valid';
import { htmlXmlLangMismatch } from '../html-xml-lang-mismatch';
import { label } from '../label';
import { selectName } from '../select-name';
import { validLang } from '../valid-lang';

/** Rules of this group, in the order findings are listed when they share a position. */
export const formLanguageStructureRules: readonly Rule[] = [
  htmlHasLang,
  htmlLangValid,
  htmlXmlLangMismatch,
  validLang,
  label,
  selectName,
  formFieldMultipleLabels,
  headingOrder,
  emptyHeading,
  duplicateId,
  duplicateIdAria,
  accesskeys,
];
