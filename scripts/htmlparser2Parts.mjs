// An esbuild plugin: `import … from 'htmlparser2'` bundles only the parts of htmlparser2 the engine uses.
//
// htmlparser2's index re-exports domutils (DomUtils, getFeed), which brings dom-serializer and a second copy of the
// `entities` package whose character tables are built when the bundle loads: about 90 KB of code run at every start
// and never used. The engine uses the parser and its tokenizer's quote types only; importing anything else from
// 'htmlparser2' makes the build fail ("No matching export"), so this list is kept honest by the bundler.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of htmlparser2's ES modules (its index resolved as an `import` resolves it). */
const esmFolder = path.dirname(fileURLToPath(import.meta.resolve('htmlparser2')));

/** @type {import('esbuild').Plugin} */
export const htmlparser2Parts = {
  name: 'htmlparser2-parts',
  setup(build) {
    build.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2', namespace: 'htmlparser2-parts' }));
    build.onLoad({ filter: /.*/, namespace: 'htmlparser2-parts' }, () => ({
      contents: [
        `export { Parser } from ${JSON.stringify(path.join(esmFolder, 'Parser.js'))};`,
        `export { default as Tokenizer, QuoteType } from ${JSON.stringify(path.join(esmFolder, 'Tokenizer.js'))};`,
      ].join('\n'),
      resolveDir: esmFolder,
      loader: 'js',
    }));
  },
};
