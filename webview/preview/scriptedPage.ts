import { sanitizePage } from './sanitizePage';

/**
 * A page whose scripts the user allowed, as the document of a frame of its own: sandboxed with scripts but without
 * the webview's origin, so they cannot reach the preview, VS Code's API or the editor, and cannot navigate the
 * webview. That frame has no address VS Code serves the page's files to, so its own script files, stylesheets and
 * images are read here and written into the page; each script gets the nonce the preview's policy allows for it.
 * (Files a stylesheet itself loads, such as fonts and background images, do not load in this mode.)
 */
export async function scriptedPageSource(html: string, baseHref: string, nonce: string, agent?: string): Promise<string> {
  const page = new DOMParser().parseFromString(html, 'text/html');
  sanitizePage(page, { keepScripts: true });
  const base = page.createElement('base');
  base.href = baseHref;
  page.head.prepend(base);
  // The preview's own script (outlines, clicks, links) runs first, before any of the page's (see pageAgent.ts).
  // Written out as the page's text: a closing script tag inside it would end it early, so such a script is left out.
  if (agent && !agent.toLowerCase().includes('</script')) {
    const script = page.createElement('script');
    script.textContent = agent;
    base.after(script);
  }
  const siteOrigin = new URL(baseHref).origin;
  const local = (address: string | null): URL | undefined => {
    if (!address) return undefined;
    try {
      const url = new URL(address, baseHref);
      return url.origin === siteOrigin ? url : undefined;
    } catch {
      return undefined;
    }
  };
  for (const script of Array.from(page.querySelectorAll('script'))) {
    script.setAttribute('nonce', nonce);
    const file = local(script.getAttribute('src'));
    if (!file) continue;
    script.removeAttribute('src');
    script.textContent = (await readText(file)) ?? '';
  }
  for (const link of Array.from(page.querySelectorAll('link[href]'))) {
    const file = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet') ? local(link.getAttribute('href')) : undefined;
    if (!file) continue;
    const style = page.createElement('style');
    style.textContent = (await readText(file)) ?? '';
    link.replaceWith(style);
  }
  for (const image of Array.from(page.querySelectorAll('img[src]'))) {
    const file = local(image.getAttribute('src'));
    const data = file && (await readDataAddress(file));
    if (data) image.setAttribute('src', data);
  }
  return `<!DOCTYPE html>${page.documentElement.outerHTML}`;
}

async function readText(file: URL): Promise<string | undefined> {
  try {
    const response = await fetch(file);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** An image as a `data:` address (the policy allows those for images). */
async function readDataAddress(file: URL): Promise<string | undefined> {
  try {
    const response = await fetch(file);
    if (!response.ok) return undefined;
    const blob = await response.blob();
    return await new Promise<string | undefined>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
      reader.onerror = () => resolve(undefined);
      reader.readAsDataURL(blob);
    });
  } catch {
    return undefined;
  }
}
