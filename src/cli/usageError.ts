/**
 * A mistake in how the command was run (exit code 2). The message is one line
 * that says what went wrong and what to do instead.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
