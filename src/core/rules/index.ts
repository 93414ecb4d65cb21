import type { Rule } from './rule';
import { accesskeys } from './accesskeys';
import { allCaps } from './all-caps';
import { areaAlt } from './area-alt';
import { ariaHiddenBody } from './aria-hidden-body';
import { ariaRequiredAttr } from './aria-required-attr';
import { ariaRoles } from './aria-roles';
import { ariaValidAttr } from './aria-valid-attr';
import { ariaValidAttrValue } from './aria-valid-attr-value';
import { attributeQuotes } from './attribute-quotes';
import { blink } from './blink';
import { buttonName } from './button-name';
import { canonical } from './canonical';
import { colorContrast } from './color-contrast';
import { crawlableAnchors } from './crawlable-anchors';
import { definitionList } from './definition-list';
import { dlitem } from './dlitem';
import { documentTitle } from './document-title';
import { duplicateAttribute } from './duplicate-attribute';
import { duplicateId } from './duplicate-id';
import { duplicateIdAria } from './duplicate-id-aria';
import { emptyHeading } from './empty-heading';
import { formFieldMultipleLabels } from './form-field-multiple-labels';
import { frameTitle } from './frame-title';
import { frontMatterDescription } from './front-matter-description';
import { frontMatterDraft } from './front-matter-draft';
import { frontMatterImage } from './front-matter-image';
import { frontMatterNoindex } from './front-matter-noindex';
import { frontMatterSyntax } from './front-matter-syntax';
import { frontMatterTitle } from './front-matter-title';
import { headingOrder } from './heading-order';
import { hreflang } from './hreflang';
import { htmlHasLang } from './html-has-lang';
import { htmlLangValid } from './html-lang-valid';
import { htmlXmlLangMismatch } from './html-xml-lang-mismatch';
import { identicalLinkText } from './identical-link-text';
import { imageAlt } from './image-alt';
import { imageAltQuality } from './image-alt-quality';
import { imageRedundantAlt } from './image-redundant-alt';
import { inputButtonName } from './input-button-name';
import { inputImageAlt } from './input-image-alt';
import { isCrawlable } from './is-crawlable';
import { label } from './label';
import { linkFileType } from './link-file-type';
import { linkName } from './link-name';
import { linkNewWindow } from './link-new-window';
import { linkText } from './link-text';
import { list } from './list';
import { listitem } from './listitem';
import { marquee } from './marquee';
import { metaDescription } from './meta-description';
import { metaRefresh } from './meta-refresh';
import { metaViewport } from './meta-viewport';
import { objectAlt } from './object-alt';
import { pageHasHeadingOne } from './page-has-heading-one';
import { placeholderText } from './placeholder-text';
import { readability } from './readability';
import { roleImgAlt } from './role-img-alt';
import { scopeAttrValid } from './scope-attr-valid';
import { selectName } from './select-name';
import { serverSideImageMap } from './server-side-image-map';
import { singleH1 } from './single-h1';
import { socialTags } from './social-tags';
import { strayEndTag } from './stray-end-tag';
import { structuredData } from './structured-data';
import { svgImgAlt } from './svg-img-alt';
import { tabindex } from './tabindex';
import { tdHeadersAttr } from './td-headers-attr';
import { thHasDataCells } from './th-has-data-cells';
import { unclosedElement } from './unclosed-element';
import { unescapedLessThan } from './unescaped-less-than';
import { unsizedImages } from './unsized-images';
import { validLang } from './valid-lang';
import { videoCaption } from './video-caption';
import { viewport } from './viewport';
import { markdownlintRules } from '../markdown/markdownlint/readerRules';
import { siteRules } from '../site/rules';

/**
 * Every rule, in the order findings are listed when they share a position (so this order is part of what users see;
 * each line notes the rule's category). Each rule file in this folder must be here (test/unit/ruleRegistration.test.ts
 * fails otherwise), with a doc page and a fixtures folder.
 */
export const allRules: readonly Rule[] = [
  // Title and description
  documentTitle, // seo
  metaDescription, // seo
  // Page settings at the top of the file (front matter)
  frontMatterSyntax, // content
  frontMatterTitle, // seo
  frontMatterDescription, // seo
  frontMatterImage, // seo
  frontMatterNoindex, // seo
  frontMatterDraft, // content
  // Search engines and link previews
  isCrawlable, // seo
  canonical, // seo
  hreflang, // seo
  viewport, // seo
  socialTags, // seo
  structuredData, // seo
  pageHasHeadingOne, // accessibility
  singleH1, // seo
  linkText, // seo
  crawlableAnchors, // seo
  unsizedImages, // seo
  // Title and description
  imageAlt, // accessibility
  // Images, and names of links, buttons and frames
  imageAltQuality, // accessibility
  imageRedundantAlt, // accessibility
  inputImageAlt, // accessibility
  areaAlt, // accessibility
  objectAlt, // accessibility
  svgImgAlt, // accessibility
  roleImgAlt, // accessibility
  serverSideImageMap, // accessibility
  linkName, // accessibility
  buttonName, // accessibility
  inputButtonName, // accessibility
  frameTitle, // accessibility
  // Language, form fields, headings, ids
  htmlHasLang, // accessibility
  htmlLangValid, // accessibility
  htmlXmlLangMismatch, // accessibility
  validLang, // accessibility
  label, // accessibility
  selectName, // accessibility
  formFieldMultipleLabels, // accessibility
  headingOrder, // accessibility
  emptyHeading, // accessibility
  duplicateId, // accessibility
  duplicateIdAria, // accessibility
  accesskeys, // accessibility
  // ARIA, lists, media and old markup
  ariaRoles, // accessibility
  ariaValidAttr, // accessibility
  ariaValidAttrValue, // accessibility
  ariaRequiredAttr, // accessibility
  ariaHiddenBody, // accessibility
  tabindex, // accessibility
  metaRefresh, // accessibility
  metaViewport, // accessibility
  videoCaption, // accessibility
  list, // accessibility
  listitem, // accessibility
  definitionList, // accessibility
  dlitem, // accessibility
  marquee, // accessibility
  blink, // accessibility
  // Tables, links and wording
  tdHeadersAttr, // accessibility
  thHasDataCells, // accessibility
  scopeAttrValid, // accessibility
  identicalLinkText, // accessibility
  linkNewWindow, // accessibility
  linkFileType, // content
  colorContrast, // accessibility
  placeholderText, // content
  allCaps, // content
  readability, // content
  // Markup broken by accident
  attributeQuotes, // content
  duplicateAttribute, // content
  unclosedElement, // content
  strayEndTag, // content
  unescapedLessThan, // content
];

/**
 * Every check a user can configure, document or ask "Why this matters" about: ours, the markdownlint checks we
 * enable (markdownlint runs those, not runRules) and the cross-page checks (checkCrossPage runs those).
 */
export const configurableRules: readonly Rule[] = [...allRules, ...markdownlintRules, ...siteRules];

const rulesById = new Map(configurableRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string | undefined): Rule | undefined {
  return id === undefined ? undefined : rulesById.get(id);
}

export type { Rule, RuleContext, RuleOptions, Problem } from './rule';
