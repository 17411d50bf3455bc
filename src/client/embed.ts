/**
 * Embed page behaviour: report the content height to the host page (public/embed.js resizes the iframe),
 * keep the "full view" link on the current state, and open every link outside the iframe.
 */
import { EMBED_MESSAGE_TYPE } from '../share/embed-snippet.ts';
import { ChartSection } from './chart-section.ts';

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

// The "full view" link follows the state the embed shows.
const view = ChartSection.of(section);
const fullLink = root.querySelector<HTMLAnchorElement>('[data-embed-full]')!;
section.addEventListener('chart:rendered', () => { fullLink.href = view.permalink(view.lang); });

for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  a.target = '_blank';
  a.rel = 'noopener';
}
