// An esbuild plugin: modules whose exports are computed once, at build time, and bundled as data.
//
// Such a module is plain TypeScript that derives tables from a package (the unit tests run it as it is). When
// bundling, this plugin runs the module and puts its exports in its place as literals, so the shipped code carries
// the tables without the package and without the work of building them at every start.
import * as esbuild from 'esbuild';
import * as path from 'node:path';

/** Each module's exports must be plain data (JSON). */
const precomputedFiles = ['src/core/aria/ariaQueryTables.ts'];
const precomputed = new Set(precomputedFiles.map((file) => path.resolve(file)));
// esbuild calls the plugin only for paths this matches: the modules' file names.
const filter = new RegExp(`(${precomputedFiles.map((file) => path.basename(file).replace(/\./g, '\\.')).join('|')})$`);

/** Runs a precomputed module (bundled with the packages it reads) and writes its exports as literals. */
export async function precomputedSource(file) {
  const bundled = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', bundled.outputFiles[0].text)(module, module.exports);
  const lines = [`// Computed at build time from ${path.relative(process.cwd(), file)} (scripts/precomputedModules.mjs).`];
  for (const [name, value] of Object.entries(module.exports)) lines.push(`export const ${name} = ${JSON.stringify(value)};`);
  return lines.join('\n') + '\n';
}

/** @type {import('esbuild').Plugin} */
export const precomputedModules = {
  name: 'precomputed-modules',
  setup(build) {
    build.onLoad({ filter }, async (args) => {
      if (!precomputed.has(args.path)) return undefined;
      return { contents: await precomputedSource(args.path), loader: 'js', watchFiles: [args.path] };
    });
  },
};
