import { createScanner, SyntaxKind } from 'jsonc-parser';

/** Config files need three or four levels; anything far deeper is a mistake or an attack on the parser's stack. */
export const maxConfigDepth = 64;

/** Names that would reach an object's prototype instead of being plain settings. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return forbiddenKeys.has(key);
}

export type JsonShapeProblem =
  | { readonly kind: 'too-deep'; readonly offset: number }
  | { readonly kind: 'forbidden-key'; readonly key: string; readonly offset: number; readonly length: number };

/**
 * Looks at a JSON (with comments) text token by token, without building anything, for what must stop it
 * from being parsed or applied: nesting deeper than `maxDepth` (the parser recurses per level, so thousands
 * of levels overflow its stack) and property names such as "__proto__". Linear time, constant stack.
 */
export function jsonShapeProblem(text: string, maxDepth = maxConfigDepth): JsonShapeProblem | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  let pendingKey: { key: string; offset: number; length: number } | undefined;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (
      token === SyntaxKind.Trivia ||
      token === SyntaxKind.LineBreakTrivia ||
      token === SyntaxKind.LineCommentTrivia ||
      token === SyntaxKind.BlockCommentTrivia
    )
      continue;
    if (token === SyntaxKind.ColonToken && pendingKey && forbiddenKeys.has(pendingKey.key)) return { kind: 'forbidden-key', ...pendingKey };
    pendingKey = undefined;
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > maxDepth) return { kind: 'too-deep', offset: scanner.getTokenOffset() };
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    } else if (token === SyntaxKind.StringLiteral) {
      pendingKey = { key: scanner.getTokenValue(), offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
    }
  }
  return undefined;
}
