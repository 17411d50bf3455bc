/**
 * Which of the site's charts show a reader's own rows, and how: the rows each chart's named query would select from
 * observations (same indicator, area and unit), the series they form — rows of different definitions are never one
 * series — and each series' words and colour. Pure: src/client/own-table/chart-layer.ts draws them.
 */
import type { ChartState, Row } from '../../charts/definition.ts';
import type { Lang } from '../../contract/schema.ts';
import { AREA_COLOURS } from '../../lib/palette.ts';
import { SETS } from '../../queries/sets.ts';
import type { OwnRow } from './read.ts';

type Area = keyof typeof AREA_COLOURS;
const AREA_WORDS: Record<Area, Record<Lang, string>> = {
  urban: { zh: '城市', en: 'cities' }, rural: { zh: '农村', en: 'countryside' }, total: { zh: '全国', en: 'national' },
};
const areaOf = (r: Row) => (String(r.area) in AREA_COLOURS ? String(r.area) as Area : 'total');

/** A national figure for all institutions, no breakdown: the indicator the national charts draw. */
const national = (r: OwnRow) => r.theme === 'workforce' && r.geo_code === 'CHN' && r.institution === 'all' && r.breakdown === null;

/**
 * A chart that shows a reader's matching rows: which rows its named query would select from observations, how they
 * form series (rows of different definitions are never one series), and each series' words and colour (by default
 * the colour the chart gives the same words).
 */
export interface Layer {
  match: (r: OwnRow, s: ChartState) => boolean;
  series: (r: Row) => string;
  words: (r: Row, lang: Lang) => string | Promise<string>;
  colour?: (r: Row) => string;
}

/** The colour a chart's own colour scale gives these words, if it names them. */
export function chartColour(color: unknown, words: string): string | undefined {
  const { domain, range } = (color ?? {}) as { domain?: unknown[]; range?: unknown[] };
  const i = Array.isArray(domain) ? domain.indexOf(words) : -1;
  return i >= 0 && Array.isArray(range) && typeof range[i] === 'string' ? range[i] : undefined;
}

export const LAYERS: Readonly<Record<string, Layer>> = {
  'urban-rural-density': {
    match: (r, s) => national(r) && r.measure === 'density' && r.unit === 'per_1000' && r.cadre === s.cadre,
    series: (r) => `${areaOf(r)}|${String(r.definition ?? '')}`,
    colour: (r) => AREA_COLOURS[areaOf(r)],
    words: (r, lang) => AREA_WORDS[areaOf(r)][lang],
  },
  'overview-density-targets': {
    match: (r) => national(r) && r.area === 'total' && r.measure === 'density' && r.unit === 'per_1000'
      && (SETS.density_target_cadres.observed as readonly string[]).includes(String(r.cadre)),
    series: (r) => `${String(r.cadre)}|${String(r.definition ?? '')}`,
    // the vocabularies load only when a reader's rows are drawn
    words: async (r, lang) => {
      const [{ readContext }, { labelOf }] = await Promise.all([import('./bundled.ts'), import('./read.ts')]);
      return labelOf(readContext().vocab, 'cadre', String(r.cadre), lang);
    },
  },
};

/** The reader's rows a chart shows, for its state (empty for a chart that shows none). */
export function matchingRows(chartId: string, rows: readonly OwnRow[], state: ChartState): OwnRow[] {
  const layer = LAYERS[chartId];
  return layer ? rows.filter((r) => layer.match(r, state)) : [];
}
