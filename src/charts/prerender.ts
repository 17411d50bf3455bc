/**
 * The widths the build draws every chart at — a phone's column and the site's full column — both in the page; the
 * figure shows the one for its own width (styles/site.css, a container query at WIDE_FROM), so no chart has to be
 * redrawn when a page opens. The browser redraws only a chart whose width is far from both. No Plot here: the
 * browser checks the fit before it loads any drawing code.
 */
export const PRERENDER_WIDTHS = [360, 928] as const;
export const WIDE_FROM = 640;
const FIT = 0.2;

/** The pre-rendered width a figure of this width shows, or null when neither is close enough to stand. */
export function prerenderedFor(width: number): number | null {
  const shown = width < WIDE_FROM ? PRERENDER_WIDTHS[0] : PRERENDER_WIDTHS[1];
  return Math.abs(width - shown) / shown <= FIT ? shown : null;
}
