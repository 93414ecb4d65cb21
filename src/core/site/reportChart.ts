import { formatCheckedAt, type HistoryPoint } from './reportModel';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * An inline SVG line chart of the problem count over the last checks, oldest on the left. Only presentation
 * attributes and class names (no `style`), so it shows under a strict Content-Security-Policy; colours come from
 * the `cb-chart-*` classes, with a plain default for a file opened outside the editor.
 */
export function historyChartSvg(history: readonly HistoryPoint[], size: ChartSize = { width: 480, height: 160 }): string {
  const { width, height } = size;
  const left = 40;
  const right = 12;
  const top = 12;
  const bottom = 28;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const highest = Math.max(1, ...history.map((point) => point.problems));
  const x = (index: number) => left + (history.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (history.length - 1));
  const y = (problems: number) => top + plotHeight - (problems / highest) * plotHeight;
  const round = (value: number) => Math.round(value * 10) / 10;
  const summary =
    history.length === 0
      ? 'No checks yet.'
      : history.length === 1
        ? `One check so far: ${history[0].problems} problems.`
        : `Problems over the last ${history.length} checks: from ${history[0].problems} to ${history[history.length - 1].problems}.`;
  const points = history.map((point, index) => `${round(x(index))},${round(y(point.problems))}`).join(' ');
  const dots = history
    .map(
      (point, index) =>
        `<circle class="cb-chart-dot" cx="${round(x(index))}" cy="${round(y(point.problems))}" r="3" fill="currentColor"><title>${escapeXml(
          `${formatCheckedAt(point.time)}: ${point.problems} problems on ${point.pages} pages`,
        )}</title></circle>`,
    )
    .join('');
  const first = history[0];
  const last = history[history.length - 1];
  const axisLabels =
    first && last
      ? `<text class="cb-chart-label" x="${left}" y="${height - 8}" font-size="11" fill="currentColor">${escapeXml(shortDate(first.time))}</text>` +
        (history.length > 1
          ? `<text class="cb-chart-label" x="${width - right}" y="${height - 8}" font-size="11" fill="currentColor" text-anchor="end">${escapeXml(shortDate(last.time))}</text>`
          : '')
      : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="cb-chart" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeXml(summary)}">` +
    `<title>${escapeXml(summary)}</title>` +
    `<line class="cb-chart-axis" x1="${left}" y1="${top + plotHeight}" x2="${width - right}" y2="${top + plotHeight}" stroke="currentColor" stroke-opacity="0.4"/>` +
    `<line class="cb-chart-axis" x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="currentColor" stroke-opacity="0.4"/>` +
    `<text class="cb-chart-label" x="${left - 6}" y="${top + 4}" font-size="11" fill="currentColor" text-anchor="end">${highest}</text>` +
    `<text class="cb-chart-label" x="${left - 6}" y="${top + plotHeight + 4}" font-size="11" fill="currentColor" text-anchor="end">0</text>` +
    (history.length > 1 ? `<polyline class="cb-chart-line" points="${points}" fill="none" stroke="currentColor" stroke-width="2"/>` : '') +
    dots +
    axisLabels +
    `</svg>`
  );
}

function shortDate(iso: string): string {
  // "1 Dec 2026, 13:50 UTC" → "1 Dec 13:50": enough under a chart.
  const full = formatCheckedAt(iso);
  const match = /^(\d+ \w+) \d+, (\d\d:\d\d)/.exec(full);
  return match ? `${match[1]} ${match[2]}` : full;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
