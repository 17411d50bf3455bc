/**
 * Embed page behaviour: report the content height to the host page (public/embed.js resizes the iframe),
 * keep the "full view" link on the current state, and open every link outside the iframe.
 */
import { EMBED_MESSAGE_TYPE } from '../../lib/share/embed-snippet.ts';
import { writeState } from '../../lib/url-state.ts';
import type { ChartState } from '../../charts/types.ts';

const root = document.querySelector<HTMLElement>('[data-embed-root]')!;
const chart = root.dataset.chartId!;
const section = root.querySelector<HTMLElement>('section[data-chart]')!;

let last = 0;
function postHeight(force = false): void {
  if (window.parent === window) return;
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (!force && height === last) return;
  last = height;
  // The height is not secret and the host's origin is unknown, hence '*'; embed.js checks our origin.
  window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, chart, height }, '*');
}

new ResizeObserver(() => postHeight()).observe(root);
window.addEventListener('load', () => postHeight(true));
window.addEventListener('message', (e) => {
  const data = e.data as { type?: unknown } | null;
  if (e.source === window.parent && data && data.type === 'chwd:embed-ping') postHeight(true);
});

function updateFullLink(state: ChartState, defaults: ChartState): void {
  const link = root.querySelector<HTMLAnchorElement>('[data-embed-full]')!;
  const url = new URL(link.href);
  url.search = writeState({ id: chart, defaults, allowed: {}, prefixed: true }, state, new URLSearchParams()).toString();
  link.href = url.href;
}

const defaults = (JSON.parse(section.querySelector('script[data-chart-payload]')!.textContent!) as { defaults: ChartState }).defaults;
section.addEventListener('chart:rendered', (e) => updateFullLink((e as CustomEvent<{ state: ChartState }>).detail.state, defaults));

for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  a.target = '_blank';
  a.rel = 'noopener';
}
