/**
 * Block elements that reopen and close nothing by themselves: the preview reads a page in parts only inside one of
 * these (and only when every ancestor is one too, or `<html>`/`<body>`). One list for the extension, which guesses
 * the parts (htmlParts.ts), and the webview, which proves them (webview/preview/pageParts.ts).
 */
export const partContainerNames: ReadonlySet<string> = new Set([
  'main',
  'article',
  'section',
  'div',
  'aside',
  'header',
  'footer',
  'nav',
  'blockquote',
  'figure',
  'center',
  'address',
]);
