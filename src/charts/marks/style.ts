/**
 * The drawing constants every chart shares, so a secondary source, a label halo or a line looks the same on every
 * chart and in both themes (colours that follow the theme are CSS variables of styles/site.css).
 */

/** The chart's background in either theme: the fill of hollow marks and of label halos. */
export const BACKGROUND = 'var(--chart-bg, white)';

/** A background-coloured outline behind labels so they stay legible where they cross lines. */
export const HALO = { stroke: BACKGROUND, strokeWidth: 3, paintOrder: 'stroke' } as const;

/** Lines of a published series. */
export const LINE = { strokeWidth: 2 } as const;

/** A figure from a primary source: a filled dot. */
export const POINT = { r: 3.5, strokeWidth: 1.5 } as const;

/** A figure from a secondary source: a hollow dot, a little larger so its ring reads as clearly as a filled dot. */
export const HOLLOW = { r: 4, strokeWidth: 1.5, fill: BACKGROUND } as const;

/** Value and end-of-line labels. */
export const LABEL_SIZE = 11;
