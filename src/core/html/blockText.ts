import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { nonTextElements } from './parse';

export interface BlockText {
  readonly element: Element;
  text: string;
}

/**
 * Gathers the text of "block" elements in one walk without recursion: each
 * text node counts for its nearest enclosing block only (a `<p>` inside an
 * `<li>` gets its own text; the `<li>` keeps the rest), so every character is
 * visited once. `isBlock` decides which elements collect text; `skip` leaves
 * out a subtree (navigation, hidden parts). Blocks come in document order.
 */
export function blockTexts(
  roots: readonly ChildNode[],
  isBlock: (element: Element, insideBlock: boolean) => boolean,
  skip: (element: Element) => boolean = () => false,
  /** Stop once this many characters of text are collected (readability needs only the first part of a page). */
  characterLimit = Number.POSITIVE_INFINITY,
  /**
   * Asked of each piece of text: false leaves its block out of the result and stops gathering that block's text (a
   * check that needs only some blocks then builds no text for the others).
   */
  keepBlockWith?: (text: string) => boolean,
): BlockText[] {
  const blocks: BlockText[] = [];
  const dropped = new Set<BlockText>();
  // Two parallel stacks rather than an object per node: this walk visits every node of the page.
  const nodes: ChildNode[] = [];
  const owners: (BlockText | undefined)[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    nodes.push(roots[i]);
    owners.push(undefined);
  }
  let characters = 0;
  while (nodes.length > 0 && characters < characterLimit) {
    const node = nodes.pop()!;
    const owner = owners.pop();
    if (isText(node)) {
      if (owner) {
        characters += node.data.length;
        if (dropped.has(owner)) continue;
        if (keepBlockWith && !keepBlockWith(node.data)) {
          dropped.add(owner);
          owner.text = '';
          continue;
        }
        owner.text += node.data;
      }
      continue;
    }
    if (!isTag(node) || nonTextElements.has(node.name) || skip(node)) continue;
    let current = owner;
    if (isBlock(node, owner !== undefined)) {
      current = { element: node, text: '' };
      blocks.push(current);
    } else if (owner && breakingElements.has(node.name)) {
      owner.text += ' ';
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]);
      owners.push(current);
    }
  }
  return dropped.size > 0 ? blocks.filter((block) => !dropped.has(block)) : blocks;
}

/** Elements that separate words even without spaces around them. */
const breakingElements = new Set(['br', 'td', 'th', 'div', 'p', 'li', 'img']);
