import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repoRoot } from './manifest';

interface ExportL10nScript {
  exportL10n(outDir: string): number;
}

const extensionFolder = path.join(repoRoot, 'src', 'extension');

/** Folders of src/extension whose texts are still written straight into the code; this list may only shrink. */
const notYetConverted: readonly string[] = [];

/** Places whose text a person reads: a notification's message and buttons, and these fields of prompts and items. */
const shownFields = new Set([
  'title',
  'prompt',
  'placeHolder',
  'placeholder',
  'detail',
  'description',
  'tooltip',
  'label',
  'openLabel',
  'validationMessage',
  'saveLabel',
]);
const messageCalls = /^(show(Information|Warning|Error)Message|appendMarkdown|appendText)$/;
/** Objects whose first argument is text a person reads: a light bulb action, a hover, a tree row, a problem. */
const shownConstructors = new Set(['CodeAction', 'MarkdownString', 'TreeItem', 'Diagnostic']);

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return notYetConverted.includes(path.relative(extensionFolder, full)) ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The words of a string or template literal, without codicons (`$(check)`) and without what is filled in. */
function literalWords(node: ts.Node): string | undefined {
  let text: string;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
  else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  else return undefined;
  return text.replace(/\$\([\w~-]*\)/g, ' ');
}

/** Two words in a row: a sentence or a label, not a name such as "GitHub" or a separator such as " · ". */
const readsAsWords = (text: string) => /[A-Za-z]{2,}[ ,:;.?!]+[A-Za-z]/.test(text);

function unroutedTexts(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const words = literalWords(node);
    if (words !== undefined && readsAsWords(words)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(repoRoot, file)}:${line + 1}: ${node.getText().slice(0, 90)}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText();
      if (messageCalls.test(callee)) node.arguments.forEach(report);
    } else if (ts.isNewExpression(node)) {
      const name = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText();
      const first = name === 'Diagnostic' ? node.arguments?.[1] : node.arguments?.[0];
      if (shownConstructors.has(name) && first) report(first);
    } else if (ts.isPropertyAssignment(node) && shownFields.has(node.name.getText())) {
      report(node.initializer);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      (shownFields.has(node.left.name.text) || node.left.name.text === 'text')
    ) {
      report(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('texts the extension shows are ready to translate', () => {
  it('l10n/bundle.l10n.json is what @vscode/l10n-dev exports from src/extension now (run `npm run generate` after changing a text)', async function () {
    this.timeout(60_000);
    const script = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'export-l10n.mjs')).href)) as ExportL10nScript;
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-test-'));
    try {
      script.exportL10n(outDir);
      const fresh = fs.readFileSync(path.join(outDir, 'bundle.l10n.json'), 'utf8');
      const committed = fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), 'utf8');
      const freshKeys = Object.keys(JSON.parse(fresh) as Record<string, string>);
      const committedKeys = new Set(Object.keys(JSON.parse(committed) as Record<string, string>));
      assert.ok(freshKeys.length > 200, `only ${freshKeys.length} texts exported: the export missed the extension's code`);
      assert.deepEqual(
        { missing: freshKeys.filter((key) => !committedKeys.has(key)), unused: [...committedKeys].filter((key) => !freshKeys.includes(key)) },
        { missing: [], unused: [] },
      );
      assert.equal(committed, fresh, 'same texts, but the file is not as the script writes it');
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('package.json points VS Code at the bundle', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  it('no notification, prompt, pick list, status bar or tree item text in src/extension bypasses vscode.l10n.t', () => {
    const files = sourceFiles(extensionFolder);
    assert.ok(files.length > 40, `found only ${files.length} files`);
    assert.deepEqual(files.flatMap(unroutedTexts), []);
  });

  it('the scan above finds a text written straight into a message', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-scan-')), 'sample.ts');
    fs.writeFileSync(
      file,
      [
        "vscode.window.showInformationMessage('Your comment was posted.');",
        "const pick = { label: 'GitHub', detail: `Files an issue in ${repo}.` };",
        "item.text = `$(check) ${vscode.l10n.t('This page: no problems')}`;",
        "item.tooltip = 'Click to open the list';",
        "const action = new vscode.CodeAction('Turn off this check', kind);",
        "const where = await vscode.window.showSaveDialog({ saveLabel: 'Save report' });",
      ].join('\n'),
    );
    try {
      assert.deepEqual(
        unroutedTexts(file).map((line) => line.slice(line.indexOf(':', line.lastIndexOf('sample.ts')) + 1)),
        ["1: 'Your comment was posted.'", '2: `Files an issue in ${repo}.`', "4: 'Click to open the list'", "5: 'Turn off this check'", "6: 'Save report'"],
      );
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
