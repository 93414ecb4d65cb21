/** The tokens of a space-separated value (id references, role lists), as written. */
export function spaceSeparatedTokens(value: string | undefined): string[] {
  return value === undefined ? [] : value.trim().split(/\s+/).filter(Boolean);
}

/** The tokens of a space-separated value compared without case (rel), lower-cased. */
export function lowerCaseTokens(value: string | undefined): string[] {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}
