import * as l10n from '@vscode/l10n';
import type { SearchResultPreview, SocialCardPreview } from '../../src/core';

/**
 * The toolbar's Search result and Social card tabs: the page as a search engine lists it and as a shared link
 * shows, drawn over the page in a shadow root of their own (the page's styles do not apply to them).
 */
export function createSharingView(): {
  readonly host: HTMLElement;
  setTop(pixels: number): void;
  show(tab: 'search' | 'social' | 'page', search?: SearchResultPreview, social?: SocialCardPreview, baseHref?: string): void;
} {
  const host = document.createElement('content-bridge-sharing');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    ':host { all: initial; position: fixed; top: var(--cb-top, 40px); left: 0; right: 0; bottom: 0; z-index: 2147483645; overflow: auto; background: #fff; color: #202124; } :host([hidden]) { display: none !important; }' +
    ' section { padding: 16px 20px; font-family: Arial, sans-serif; } h2 { font: 600 12px system-ui, sans-serif; color: #555; margin: 16px 0 8px; text-transform: uppercase; }' +
    ' .result { max-width: 600px; } .address { font-size: 14px; color: #202124; } .title { font-size: 20px; line-height: 1.3; color: #1a0dab; margin: 4px 0; }' +
    ' .description { font-size: 14px; line-height: 1.58; color: #4d5156; max-width: 600px; }' +
    ' .card { border: 1px solid #cfd9de; border-radius: 12px; overflow: hidden; max-width: 500px; font-family: system-ui, sans-serif; }' +
    ' .card.small { display: flex; max-width: 500px; } .card img { display: block; width: 100%; aspect-ratio: 1.91; object-fit: cover; background: #eef1f3; }' +
    ' .card.small img { width: 130px; height: 130px; aspect-ratio: auto; flex: none; } .card .text { padding: 10px 12px; }' +
    ' .site { font-size: 13px; color: #536471; } .card .title { font-size: 15px; color: #0f1419; margin: 2px 0; } .card .description { font-size: 14px; color: #536471; }' +
    ' .noimage { display: flex; align-items: center; justify-content: center; color: #536471; font-size: 13px; aspect-ratio: 1.91; background: #eef1f3; }' +
    ' .card.small .noimage { width: 130px; height: 130px; aspect-ratio: auto; flex: none; }' +
    ' ul.notes { font: 13px/1.5 system-ui, sans-serif; color: #8a4b00; padding-left: 18px; } .ok { font: 13px system-ui, sans-serif; color: #1e7b34; }';
  const content = document.createElement('section');
  shadow.append(style, content);
  host.hidden = true;

  const element = (tag: string, className: string, text?: string) => {
    const made = document.createElement(tag);
    made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const notesList = (notes: readonly string[]) => {
    if (notes.length === 0) return element('p', 'ok', l10n.t('Nothing to improve here.'));
    const list = element('ul', 'notes');
    for (const note of notes) list.append(element('li', '', note));
    return list;
  };
  const card = (social: SocialCardPreview, large: boolean, baseHref: string | undefined) => {
    const box = element('div', large ? 'card' : 'card small');
    if (social.image) {
      const image = document.createElement('img');
      image.alt = '';
      image.src = baseHref ? new URL(social.image, baseHref).href : social.image;
      box.append(image);
    } else {
      box.append(element('div', 'noimage', l10n.t('No image')));
    }
    const text = element('div', 'text');
    text.append(
      element('div', 'site', social.site || 'your-site'),
      element('div', 'title', social.title || l10n.t('(no title)')),
      element('div', 'description', social.description),
    );
    box.append(text);
    return box;
  };

  return {
    host,
    setTop(pixels) {
      host.style.setProperty('--cb-top', `${pixels}px`);
    },
    show(tab, search, social, baseHref) {
      host.hidden = tab === 'page';
      if (tab === 'page') return;
      content.replaceChildren();
      if (tab === 'search' && search) {
        const result = element('div', 'result');
        result.append(element('div', 'address', search.address), element('div', 'title', search.title), element('div', 'description', search.description));
        content.append(element('h2', '', l10n.t('As a search result (desktop, about)')), result, element('h2', '', l10n.t('Notes')), notesList(search.notes));
      }
      if (tab === 'social' && social) {
        content.append(
          element('h2', '', l10n.t('Large card')),
          card(social, true, baseHref),
          element('h2', '', l10n.t('Summary card')),
          card(social, false, baseHref),
          element('h2', '', social.largeImage ? l10n.t('Notes (the page asks for the large card)') : l10n.t('Notes (the page asks for the summary card)')),
          notesList(social.notes),
        );
      }
    },
  };
}
