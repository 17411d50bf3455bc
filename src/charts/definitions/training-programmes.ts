/**
 * Every other published figure of a training programme, as a table-like chart: one row per measure (units differ,
 * so there is no shared value axis), a dot at each year with a figure and the value beside it. Nothing is joined
 * or totalled; hollow dots are secondary sources.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, paren, t } from '../../i18n/index.ts';
import { formatList, formatYear } from '../../lib/format.ts';
import { OKABE_ITO } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { noFigures } from '../describe.ts';
import { pointMarks, pointTitle } from '../marks/series.ts';
import { textWidth } from '../marks/labels.ts';
import { HALO } from '../marks/style.ts';
import { label, num, yearDomain, yearsOf, yearTicks } from '../rows.ts';
import { valueText } from '../value-text.ts';

export interface ProgrammesState extends Record<string, string | number> { programme: string }

const ROW_STEP = 64;

/** "累计招收人数 · 住院医师（人）": measure, who it counts, and the unit. */
export const measureRow = (r: Row, lang: Lang): string =>
  `${label(r, 'measure', lang)} · ${label(r, 'cadre', lang)}${paren(label(r, 'unit', lang), lang)}`;

/**
 * The values printed beside their dots: each row's latest first, then earlier ones only where the label before
 * them leaves room (on a phone two neighbouring years' values would overlap); tooltips and the table keep them all.
 */
function labelled(rows: Row[], row: (r: Row) => string, lang: Lang, width: number): Row[] {
  const [y0, y1] = yearDomain(rows, 0.8);
  const pxPerYear = (width - 12 - 110) / Math.max(1, y1 - y0);
  const out: Row[] = [];
  for (const name of new Set(rows.map(row))) {
    let left = Infinity; // left edge of the label kept last, in px from the domain start
    for (const r of rows.filter((x) => row(x) === name).sort((a, b) => num(b, 'year') - num(a, 'year'))) {
      const x = (num(r, 'year') - y0) * pxPerYear;
      if (x + 8 + textWidth(valueText(r, lang), 11) <= left - 4) { out.push(r); left = x; }
    }
  }
  return out;
}

const trainingProgrammes = defineChart<ProgrammesState>({
  id: 'training-programmes',
  page: 'training',
  order: 4,
  title: bi('training-programmes.title'),
  subtitle: (_s, lang) => t('training-programmes.subtitle', lang),
  defaults: { programme: 'residency_training' },
  controls: [{ key: 'programme', label: bi('training-programmes.control'), kind: 'select', optionsQuery: 'training_programme_options' }],
  query: (s) => ({ name: 'training_programme_figures', params: { programme: s.programme } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const row = (r: Row) => measureRow(r, lang);
    const domain = [...new Set(rows.map(row))];
    const barHeight = ROW_STEP * 0.5;
    return {
      width: ctx.width,
      height: Math.max(domain.length, 1) * ROW_STEP + 40,
      marginLeft: 12,
      marginRight: 110,
      marginTop: 24,
      x: { label: null, domain: yearDomain(rows, 0.8), tickFormat: formatYear, ticks: yearTicks(yearDomain(rows, 0.8), 6), grid: true },
      y: { domain, axis: null, padding: 0.5 },
      marks: [
        // Row label above its dots, left-aligned: long measure names stay readable on a phone.
        Plot.text(domain, {
          y: (d: string) => d, frameAnchor: 'left', text: (d: string) => d, dy: -(barHeight / 2 + 4), textAnchor: 'start',
          lineAnchor: 'bottom', fontSize: 11, fontWeight: 600, lineWidth: Math.max(16, Math.floor((ctx.width - 24) / 13)),
        }),
        ...pointMarks(rows, { y: row, stroke: () => OKABE_ITO.blue, title: (r) => pointTitle(r, lang, row(r)), signs: false }),
        Plot.text(labelled(rows, row, lang, ctx.width), { x: 'year', y: row, text: (r: Row) => valueText(r, lang), dx: 8, textAnchor: 'start', fontSize: 11, fill: 'currentColor', ...HALO }),
      ],
    };
  },

  table: () => [COL.measure, column('cadre', 'training-programmes.col.counted'), COL.year, COL.value, COL.unit, COL.published, COL.source],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return noFigures(lang);
    const measures = [...new Set(rows.map((r) => measureRow(r, lang)))];
    const latest = [...rows].sort((a, b) => num(b, 'year') - num(a, 'year'))[0]!;
    return t('training-programmes.describe', lang, {
      n: rows.length, measures: measures.length, years: formatList(yearsOf(rows).map(String), lang),
      latest: measureRow(latest, lang), value: valueText(latest, lang), year: num(latest, 'year'),
    });
  },
});

export default trainingProgrammes;
