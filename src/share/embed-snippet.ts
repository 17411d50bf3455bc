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

/**
 * What the embedded chart may do in the host's page, and no more: run its scripts as the site (allow-scripts with
 * allow-same-origin, so its height messages carry the site's origin, which embed.js checks; the site is another
 * origin than the host, so this gives no access to the host), open links in a new, normal tab (allow-popups,
 * allow-popups-to-escape-sandbox) and save files (allow-downloads). No allow-top-navigation: the embed can never
 * navigate the host page; no forms, modals or pointer lock. It asks for no browser features (allow="") and sends no
 * referrer, so the host's article address is not disclosed.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
export const EMBED_ALLOW = '';
export const EMBED_REFERRER_POLICY = 'no-referrer';

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
    ` sandbox="${EMBED_SANDBOX}" allow="${EMBED_ALLOW}" referrerpolicy="${EMBED_REFERRER_POLICY}"` +
    ` style="width:100%;min-width:300px;max-width:1200px;height:${height}px;border:0;"></iframe>`;
  const script = `<script src="${escapeAttr(o.origin + sitePath('embed.js'))}" async></script>`;
  return `${iframe}\n${script}`;
}
