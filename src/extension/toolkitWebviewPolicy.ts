/**
 * The Content-Security-Policy of the webviews built with the UI toolkit (the IT request form, the site report): only
 * our nonce'd script, our own stylesheet and fonts, and nonce'd style elements (the toolkit checks for :focus-visible
 * support with a <style> element carrying the page's nonce).
 */
export function toolkitWebviewPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
