/**
 * The one colour palette of the site: Okabe–Ito (colour-blind safe). Charts take colours from here only,
 * so light/dark themes and every chart stay consistent.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * Neutral grey in place of Okabe–Ito black, which vanishes on the dark background: ≥3:1 contrast on both white
 * (3.4:1) and #121212 (5.6:1), and as a neutral it stays distinct from the hues under every colour-vision deficiency.
 */
export const MID_GREY = '#8c8c8c';

/**
 * The page's text colour (near-black on light, near-white on dark; chart SVGs inherit `color` from the theme): the
 * eighth series colour, neutral like the grey but far from it in lightness in both themes.
 */
export const FOREGROUND = 'currentColor';

/** Categorical order used for series (yellow is left out: too light on white). */
export const CATEGORICAL: readonly string[] = [
  OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.orange,
  OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, MID_GREY, FOREGROUND,
];

/** Fixed meaning for areas so cities/countryside keep their colour on every chart. */
export const AREA_COLOURS: Readonly<Record<'urban' | 'rural' | 'total', string>> = {
  urban: OKABE_ITO.blue,
  rural: OKABE_ITO.vermillion,
  total: '#6b6b6b',
};

/** China is always highlighted the same way on international comparisons. */
export const HIGHLIGHT = OKABE_ITO.vermillion;
export const MUTED = '#9a9a9a';

/** Scenario colours (A, B, C) of the GP scenario explorer; history is drawn in the foreground colour. */
export const SCENARIO_COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen] as const;

/** Sequential scheme for choropleth-like tiles (Plot/d3 scheme name; blues read well for colour-blind readers). */
export const SEQUENTIAL_SCHEME = 'blues';
