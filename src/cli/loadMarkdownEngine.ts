type MarkdownEngine = typeof import('./markdownEngine');
let loaded: MarkdownEngine | undefined;

/** The Markdown engine, loaded the first time it is needed (the bundler keeps it in a file of its own). */
export function markdownEngine(): MarkdownEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, as said above
  loaded ??= require('./markdownEngine') as MarkdownEngine;
  return loaded;
}
