import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { Rule } from './rule';
import { docPathFor, ruleMessage } from './rule';
import { explicitRole } from '../aria/roles';
import { Hidden, hiddenItself } from '../html/visibility';
import { textSpan } from '../html/tree';

const id = 'definition-list';

/** Roles axe-core accepts on direct content of a <dl>. */
const allowedRoles = new Set(['definition', 'term', 'listitem']);

/** Direct content, with the children of role-less <div> groups taken in their place (as HTML allows). */
function content(list: Element): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (const child of list.children) {
    if (isTag(child) && child.name === 'div' && explicitRole(child) === undefined) nodes.push(...child.children);
    else nodes.push(child);
  }
  return nodes;
}

export const definitionList: Rule = {
  meta: {
    id,
    category: 'accessibility',
    defaultSeverity: 'error',
    title: 'Definition lists must contain only terms and descriptions',
    description:
      'Finds `<dl>` lists (terms and their descriptions, such as opening hours or a glossary) with something other than `<dt>` and `<dd>` directly inside (groups in a `<div>` are fine; so are `<script>` and `<template>`), or whose terms and descriptions are not in order: a `<dt>` followed by its `<dd>`.',
    whyItMatters:
      'Screen readers tell listeners which text is a term and which is its description, like the two columns of a table. Other content inside the list, or a term without a description, breaks that pairing and leaves listeners guessing what belongs together.',
    equivalents: { axe: 'definition-list', lighthouse: 'definition-list' },
    docPath: docPathFor(id),
    messages: {
      elementInList:
        'This <{element}> sits directly inside a definition list (<dl>), where only terms (<dt>) and descriptions (<dd>) belong. Put it inside a <dd>, or move it out of the list.',
      textInList: 'This text sits directly inside a definition list (<dl>), where only terms (<dt>) and descriptions (<dd>) belong. Put it in a <dt> or <dd>.',
      termsWithoutDescriptions:
        'This definition list (<dl>) has terms (<dt>) but no descriptions (<dd>). Add a <dd> after each term, or use a plain list (<ul>) if there is nothing to describe.',
      descriptionsBeforeTerms: 'In this definition list (<dl>) the descriptions (<dd>) do not follow a term (<dt>). Put each <dt> first, followed by its <dd>.',
    },
  },
  check({ page, report }) {
    for (const list of page.elementsNamed('dl')) {
      if (list.attribs['role']) continue;
      let firstBad: ChildNode | undefined;
      for (const node of content(list)) {
        if (isText(node)) {
          if (node.data.trim() !== '') {
            firstBad = node;
            break;
          }
          continue;
        }
        if (!isTag(node) || hiddenItself(node, Hidden.skippedListChild)) continue;
        const role = explicitRole(node);
        if ((node.name === 'dt' || node.name === 'dd') && role === undefined) continue;
        if (role !== undefined && allowedRoles.has(role)) continue;
        firstBad = node;
        break;
      }
      if (firstBad) {
        const span = isTag(firstBad) ? page.startTagSpan(firstBad) : textSpan(firstBad);
        report({
          message: isTag(firstBad)
            ? ruleMessage(definitionList.meta, 'elementInList', { element: firstBad.name })
            : ruleMessage(definitionList.meta, 'textInList'),
          start: span.start,
          end: span.end,
        });
        continue;
      }
      // axe-core's structured-dlitems: a list with terms or descriptions needs a <dt> followed, later, by a <dd>.
      let hasTerm = false;
      let hasDescription = false;
      let ordered = false;
      for (const child of list.children) {
        if (!isTag(child)) continue;
        if (child.name === 'dt') hasTerm = true;
        if (child.name === 'dd') {
          if (hasTerm) {
            ordered = true;
            break;
          }
          hasDescription = true;
        }
      }
      if (ordered || (!hasTerm && !hasDescription)) continue;
      const span = page.startTagSpan(list);
      report({
        message:
          hasTerm && !hasDescription
            ? ruleMessage(definitionList.meta, 'termsWithoutDescriptions')
            : ruleMessage(definitionList.meta, 'descriptionsBeforeTerms'),
        start: span.start,
        end: span.end,
      });
    }
  },
};
