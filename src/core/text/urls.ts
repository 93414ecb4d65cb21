/** The absolute http(s) URL, or undefined when the text is not one (relative, another scheme, malformed). */
export function absoluteHttpUrl(href: string): URL | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
