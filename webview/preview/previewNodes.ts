/** Nodes the preview itself adds to the page (the problems' tooltip): the page's markup never has them. */
const preserved = new WeakSet<Node>();

/** Keeps `node` in the page through every update (it is the preview's, not the page's). */
export function keepAcrossUpdates(node: Node): void {
  preserved.add(node);
}

export function isKeptAcrossUpdates(node: Node): boolean {
  return preserved.has(node);
}
