import * as l10n from '@vscode/l10n';
import type { FrontMatterCard } from '../../src/shared/previewProtocol';
import { cardElementName } from './updatePage';

/**
 * A Markdown page's settings, shown above the page as a small card (they are not page text), in its own shadow
 * root so neither the site's stylesheet nor the card's styles leak into each other.
 */
export function frontMatterCard(card: FrontMatterCard): HTMLElement {
  const host = document.createElement(cardElementName);
  // What the card shows: an update compares it to tell whether the card changed (updatePage.ts).
  host.dataset.cbCard = JSON.stringify(card);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    ':host { display: block; margin: 8px; } ' +
    'dl { margin: 0; padding: 8px 12px; border: 1px solid #c8c8c8; border-radius: 6px; background: #f6f6f6; color: #222; font: 12px/1.5 system-ui, sans-serif; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; } ' +
    'dt { font-weight: 600; color: #555; } dd { margin: 0; } .draft { color: #8a4b00; font-weight: 600; }';
  const list = document.createElement('dl');
  list.setAttribute('aria-label', l10n.t('Page settings'));
  const row = (label: string, value: string, className?: string) => {
    const term = document.createElement('dt');
    term.textContent = label;
    const detail = document.createElement('dd');
    detail.textContent = value;
    if (className) detail.className = className;
    list.append(term, detail);
  };
  row(l10n.t('Title'), card.title ?? l10n.t('(none)'));
  row(l10n.t('Description'), card.description ?? l10n.t('(none)'));
  if (card.date !== undefined) row(l10n.t('Date'), card.date);
  if (card.draft !== undefined) row(l10n.t('Status'), card.draft ? l10n.t('Draft: not published') : l10n.t('Published'), card.draft ? 'draft' : undefined);
  shadow.append(style, list);
  return host;
}
