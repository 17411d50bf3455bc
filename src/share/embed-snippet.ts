/**
 * The copy-paste embed code: an iframe of /embed/<id>/ (or /en/embed/<id>/) carrying the current view's state,
 * plus the site's embed.js that resizes it to its content. The iframe has a workable fixed height on its own,
 * so hosts that strip scripts still show the whole chart (scrolling if needed).
 */
import type { ChartState } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { embedPath, sitePath } from '../lib/paths.ts';
import { writeState } from '../lib/url-state.ts';

export type EmbedTheme = 'auto' | 'light' | 'dark';
export const EMBED_DEFAULT_HEIGHT = 560;
/** postMessage type shared by the embed page (sender) and public/embed.js (receiver). */
export const EMBED_MESSAGE_TYPE = 'chwd:embed-height';

export interface EmbedOptions {
  origin: string;
  chartId: string;
  lang: Lang;
  state: ChartState;
  defaults: ChartState;
  theme: EmbedTheme;
  interactive?: boolean;
}

/** Embed URL: the state without the chart prefix and without defaults (src/lib/url-state.ts), then theme and interactive. */
export function embedUrl(o: EmbedOptions): string {
  const params = writeState({ id: o.chartId, defaults: o.defaults, allowed: {}, prefixed: false }, o.state, new URLSearchParams());
  params.sort();
  if (o.theme !== 'auto') params.set('theme', o.theme);
  if (o.interactive) params.set('interactive', '1');
  const query = params.toString();
  return `${o.origin}${embedPath(encodeURIComponent(o.chartId), o.lang)}${query ? `?${query}` : ''}`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(o: EmbedOptions & { title: string; height?: number }): string {
  const height = o.height ?? EMBED_DEFAULT_HEIGHT;
  const iframe =
    `<iframe src="${escapeAttr(embedUrl(o))}" title="${escapeAttr(o.title)}" data-chwd-embed="${escapeAttr(o.chartId)}"` +
    ` width="100%" height="${height}" loading="lazy"` +
    ` style="width:100%;min-width:300px;max-width:1200px;height:${height}px;border:0;"></iframe>`;
  const script = `<script src="${escapeAttr(o.origin + sitePath('embed.js'))}" async></script>`;
  return `${iframe}\n${script}`;
}
