import { isAhead } from './ahead.ts';

/**
 * The chart drawing on screen: of the pre-rendered drawings in a figure (one per width, src/charts/frame-html.ts) the
 * one the stylesheet shows, or the figure itself once the browser has redrawn it as a single drawing.
 */
export function visibleDrawing(figure: HTMLElement): HTMLElement {
  return [...figure.querySelectorAll<HTMLElement>(':scope > .chart-drawing')].find((d) => !isAhead(d) && d.getClientRects().length > 0) ?? figure;
}

/** The chart's image (the plot SVG, not its legends) in the drawing on screen. */
export function visiblePlot(figure: HTMLElement): SVGSVGElement | null {
  // (not one of the drawings made ahead and kept unseen in the figure: src/client/ahead.ts)
  return [...visibleDrawing(figure).querySelectorAll<SVGSVGElement>('svg[role="img"]')].find((svg) => !isAhead(svg)) ?? null;
}
