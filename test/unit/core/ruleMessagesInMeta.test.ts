import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { repositoryRoot } from '../fixtureExpectations';

/**
 * A rule's words live in its metadata by message id (see ruleMessage), so they can be reviewed and translated in
 * one place. This test reads every rule file and fails when one passes written-out words (a string or template
 * literal, or a choice or sum of them) straight to report as `message:`.
 */

const ruleFolders = ['src/core/rules', 'src/core/site/rules'];

/** Rules whose words are still written in the code. This list may only shrink: remove a rule once it is converted. */
const notYetConverted: ReadonlySet<string> = new Set([
  'src/core/rules/aria-required-attr.ts',
  'src/core/rules/aria-valid-attr-value.ts',
  'src/core/rules/attribute-quotes.ts',
  'src/core/rules/color-contrast.ts',
  'src/core/rules/duplicate-id.ts',
  'src/core/rules/front-matter-description.ts',
  'src/core/rules/front-matter-image.ts',
  'src/core/rules/front-matter-title.ts',
  'src/core/rules/link-file-type.ts',
  'src/core/rules/meta-description.ts',
  'src/core/rules/meta-viewport.ts',
  'src/core/rules/structured-data.ts',
]);

function isWrittenOutWords(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isWrittenOutWords(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isConditionalExpression(node)) return isWrittenOutWords(node.whenTrue) || isWrittenOutWords(node.whenFalse);
  if (ts.isBinaryExpression(node)) return isWrittenOutWords(node.left) || isWrittenOutWords(node.right);
  return false;
}

function isReportCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'report';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'report';
}

/** Lines where a report call is given written-out words as its message. */
function literalMessages(file: string, text: string): number[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isReportCall(node)) {
      for (const argument of node.arguments) {
        if (!ts.isObjectLiteralExpression(argument)) continue;
        for (const property of argument.properties) {
          if (!ts.isPropertyAssignment(property) || property.name.getText(source) !== 'message') continue;
          if (isWrittenOutWords(property.initializer)) lines.push(source.getLineAndCharacterOfPosition(property.getStart(source)).line + 1);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

function ruleFiles(): string[] {
  return ruleFolders.flatMap((folder) =>
    fs
      .readdirSync(path.join(repositoryRoot, folder))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'rule.ts')
      .map((name) => `${folder}/${name}`),
  );
}

describe('rule messages are kept in the rule metadata', () => {
  it('finds written-out words passed to report (the check can fail)', () => {
    const sample = "report({ message: `Hi ${x}`, start: 0 });\ncontext.report({ message: a ? 'x' : y });\nreport({ message: ruleMessage(meta, 'id') });\n";
    assert.deepEqual(literalMessages('sample.ts', sample), [1, 2]);
  });

  it('no rule passes written-out words as a message, except the known list, which only shrinks', () => {
    const files = ruleFiles();
    assert.ok(files.length > 60, `${files.length} rule files found`);
    const offenders = files.filter((file) => literalMessages(file, fs.readFileSync(path.join(repositoryRoot, file), 'utf8')).length > 0);
    const unexpected = offenders.filter((file) => !notYetConverted.has(file));
    assert.deepEqual(unexpected, [], 'move these messages into the rule metadata and use ruleMessage');
    const nowConverted = [...notYetConverted].filter((file) => !offenders.includes(file));
    assert.deepEqual(nowConverted, [], 'these rules are converted: remove them from notYetConverted');
  });
});
