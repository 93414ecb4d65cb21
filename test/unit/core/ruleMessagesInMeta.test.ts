import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { checkDocument, documentKindOf, siteRules, allRules, type Finding, type RuleMeta } from '../../../src/core';
import { fixturesRoot, repositoryRoot } from '../fixtureExpectations';
import { checkCrossPage, loadFixtureSite } from '../siteFixtures';

/**
 * A rule's words live in its metadata by message id (see ruleMessage), so they can be reviewed and translated in
 * one place. Two checks keep it so: every `message:` a rule file gives to report is ruleMessage(…) (or a choice
 * between such calls), and every finding of every fixture reads as one of its rule's declared messages, which also
 * catches words built in a helper the first check cannot see.
 */

const ruleFolders = ['src/core/rules', 'src/core/site/rules'];

/** True when the expression is the rule's words by id: ruleMessage(…), or a choice between such expressions. */
function isFromMetadata(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isFromMetadata(node.expression);
  if (ts.isConditionalExpression(node)) return isFromMetadata(node.whenTrue) && isFromMetadata(node.whenFalse);
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'ruleMessage';
}

function isReportCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'report';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'report';
}

/** Lines where a report call is given a message that is not the rule's words by id. */
function messagesNotFromMetadata(file: string, text: string): number[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isReportCall(node)) {
      for (const argument of node.arguments) {
        if (!ts.isObjectLiteralExpression(argument)) {
          lines.push(lineOf(argument));
          continue;
        }
        for (const property of argument.properties) {
          if (!property.name || property.name.getText(source) !== 'message') continue;
          if (!ts.isPropertyAssignment(property) || !isFromMetadata(property.initializer)) lines.push(lineOf(property));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

/** Names of what a fix shows: its title, and the question and advice of a fix that asks for words. */
const fixWords = new Set(['title', 'prompt', 'placeholder']);

/**
 * Lines where a fix's title, prompt or advice is written out rather than taken from the metadata: a `title`,
 * `prompt` or `placeholder` outside the rule's `meta` with a string or template literal, and askFix's title.
 */
function fixWordsNotFromMetadata(file: string, text: string): number[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    // The rule's own metadata (its title for lists of rules, and its messages) is where the words belong.
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'meta') return;
    if (ts.isPropertyAssignment(node) && fixWords.has(node.name.getText(source)) && isWrittenOut(node.initializer)) lines.push(lineOf(node));
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'askFix') {
      const title = node.arguments[0];
      if (title && isWrittenOut(title)) lines.push(lineOf(title));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

/** A string or template literal, or a choice or sum that holds one. */
function isWrittenOut(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isWrittenOut(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isConditionalExpression(node)) return isWrittenOut(node.whenTrue) || isWrittenOut(node.whenFalse);
  if (ts.isBinaryExpression(node)) return isWrittenOut(node.left) || isWrittenOut(node.right);
  return false;
}

function ruleFiles(): string[] {
  return ruleFolders.flatMap((folder) =>
    fs
      .readdirSync(path.join(repositoryRoot, folder))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'rule.ts')
      .map((name) => `${folder}/${name}`),
  );
}

/**
 * True when `text` is `template` with each `{name}` filled in. Literal parts are found in order with indexOf; the
 * leftmost match is enough because each placeholder may stand for any text.
 */
export function fillsTemplate(template: string, text: string): boolean {
  const parts = template.split(/\{[A-Za-z]\w*\}/);
  if (parts.length === 1) return template === text;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) return false;
  let from = first.length;
  for (const part of parts.slice(1, -1)) {
    const at = text.indexOf(part, from);
    if (at < 0 || at + part.length > text.length - last.length) return false;
    from = at + part.length;
  }
  return true;
}

/** Every file under a folder, relative to it, with forward slashes. */
function filesUnder(folder: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(folder, relative) : [relative];
  });
}

/** Findings of every page fixture (Markdown also as Hugo and MkDocs pages) and of every cross-page fixture site. */
function fixtureFindings(): { where: string; finding: Finding }[] {
  const found: { where: string; finding: Finding }[] = [];
  for (const folder of ['rules', 'markdown', 'templates']) {
    const root = path.join(fixturesRoot, folder);
    for (const file of filesUnder(root)) {
      const kind = documentKindOf(file);
      if (!kind) continue;
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const generator of kind === 'markdown' ? (['plain', 'hugo', 'mkdocs'] as const) : (['plain'] as const)) {
        for (const finding of checkDocument(text, { path: file, kind, generator })) found.push({ where: `${folder}/${file} (${generator})`, finding });
      }
    }
  }
  for (const name of fs.readdirSync(path.join(fixturesRoot, 'site'))) {
    for (const [file, findings] of checkCrossPage(loadFixtureSite(name).index)) {
      for (const finding of findings) found.push({ where: `site/${name}/${file}`, finding });
    }
  }
  return found;
}

describe('rule messages are kept in the rule metadata', () => {
  it('finds a report whose message is not ruleMessage(…) (the check can fail)', () => {
    const sample = [
      'report({ message: `Hi ${x}`, start: 0 });',
      "context.report({ message: a ? 'x' : ruleMessage(meta, 'id') });",
      "report({ message: ruleMessage(meta, 'id') });",
      'report({ message: describe(x) });',
      'report({ message, start: 0 });',
      "report({ message: a ? ruleMessage(meta, 'a') : ruleMessage(meta, 'b') });",
      'report(problem);',
      "report({ message: 'Plain words.' + ruleMessage(meta, 'id') });",
    ].join('\n');
    assert.deepEqual(messagesNotFromMetadata('sample.ts', sample), [1, 2, 4, 5, 7, 8]);
  });

  it('every rule file reports only messages from its metadata', () => {
    const files = ruleFiles();
    assert.ok(files.length > 60, `${files.length} rule files found`);
    const offenders = files.flatMap((file) =>
      messagesNotFromMetadata(file, fs.readFileSync(path.join(repositoryRoot, file), 'utf8')).map((line) => `${file}:${line}`),
    );
    assert.deepEqual(offenders, [], 'move these messages into the rule metadata and report them with ruleMessage');
  });

  it('finds a fix title, prompt or advice written out in the code (the check can fail)', () => {
    const sample = [
      "export const r: Rule = { meta: { title: 'Images need alt text', messages: { prompt: 'Describe it' } } };",
      "const fix = { title: 'Add a space', edits: [] };",
      "askFix(`Add ${x}`, { prompt: ruleMessage(meta, 'prompt'), placeholder: 'e.g. Opening hours' });",
      "const ok = { title: ruleMessage(meta, 'addSpace'), edits: [] };",
    ].join('\n');
    assert.deepEqual(fixWordsNotFromMetadata('sample.ts', sample), [2, 3, 3]);
  });

  it('every rule file takes its fix titles, prompts and advice from its metadata', () => {
    const offenders = ruleFiles().flatMap((file) =>
      fixWordsNotFromMetadata(file, fs.readFileSync(path.join(repositoryRoot, file), 'utf8')).map((line) => `${file}:${line}`),
    );
    assert.deepEqual(offenders, [], 'move these words into the rule metadata and use ruleMessage');
  });

  it('matches a message against its template with each {name} filled in, and nothing else', () => {
    assert.ok(fillsTemplate('The page title is {count} characters long.', 'The page title is 72 characters long.'));
    assert.ok(fillsTemplate('Put it in { } at {place}.', 'Put it in { } at the top.'));
    assert.ok(fillsTemplate('No values here.', 'No values here.'));
    assert.ok(!fillsTemplate('The page title is {count} characters long.', 'The page title is 72 characters.'));
    assert.ok(!fillsTemplate('{a} and {b}.', 'x or y.'));
    assert.ok(!fillsTemplate('No values here.', 'No values here!'));
    assert.ok(!fillsTemplate('A {x}A', 'A'), 'the first and last parts cannot overlap');
  });

  it('every finding of the fixtures reads as one of its rule’s messages', () => {
    const metaById = new Map<string, RuleMeta>([...allRules, ...siteRules].map((rule) => [rule.meta.id, rule.meta]));
    const seen = new Map<string, Set<string>>();
    const wrong: string[] = [];
    for (const { where, finding } of fixtureFindings()) {
      const meta = metaById.get(finding.ruleId);
      // Notes (a check that failed or took too long) and markdownlint's rules are not rules with metadata here.
      if (!meta) continue;
      const matched = Object.entries(meta.messages ?? {}).find(([, template]) => fillsTemplate(template, finding.message));
      if (!matched) wrong.push(`${where}: ${finding.ruleId}: ${finding.message}`);
      else seen.set(meta.id, (seen.get(meta.id) ?? new Set()).add(matched[0]));
    }
    assert.deepEqual(wrong, [], 'these findings read as words that are not in their rule’s messages');
    // The fixtures reach most rules, so this cannot pass by finding nothing.
    assert.ok(seen.size > 60, `${seen.size} rules with findings in the fixtures`);
  });
});
