/**
 * A tiny assert for the web-worker extension host, where `node:assert` does not exist.
 * Failures throw an Error whose message shows what was expected and what was found.
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Deep equality of plain data (arrays, objects, strings, numbers), compared as JSON. */
export function deepEqual<T>(actual: T, expected: T, message?: string): void {
  if (show(actual) !== show(expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(actual)} to match ${pattern}`);
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
