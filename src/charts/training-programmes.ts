/**
 * Every other published figure of a training programme, as a table-like chart: one row per measure (units differ,
 * so there is no shared value axis), a dot at each year with a figure and the value beside it. Nothing is joined
 * or totalled; hollow dots are secondary sources.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../lib/schema.ts';
import { formatList } from '../lib/format.ts';
import { OKABE_ITO } from '../lib/palette.ts';
import type { ChartDefinition, Row } from './types.ts';
import { bool, label, num, paren, str, tr } from './chart-rows.ts';
import { HALO, valueText } from './series-with-targets.ts';

export interface ProgrammesState extends Record<string, string | number> { programme: string }

const ROW_STEP = 64;

/** "累计招收人数 · 住院医师（人）": measure, who it counts, and the unit. */
export const measureRow = (r: Row, lang: Lang): string =>
  `${label(r, 'measure', lang)} · ${label(r, 'cadre', lang)}${paren(label(r, 'unit', lang), lang)}`;

export const trainingProgrammes: ChartDefinition<ProgrammesState> = {
  id: 'training-programmes',
  page: 'training',
  title: { zh: '各培养项目的已公布数字', en: 'Published figures by training programme' },
  subtitle: (_s, lang) =>
    tr(lang, '每行一个指标（单位各异），点 = 有公布数字的年份；空心点 = 二手来源', 'One row per measure (units differ); a dot for each year with a published figure; hollow = secondary source'),
  defaults: { programme: 'residency_training' },
  controls: [{ key: 'programme', label: { zh: '项目', en: 'Programme' }, kind: 'select', optionsQuery: 'training_programme_options' }],
  query: (s) => ({ name: 'training_programme_figures', params: { programme: s.programme } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const row = (r: Row) => measureRow(r, lang);
    const domain = [...new Set(rows.map(row))];
    const years = rows.map((r) => num(r, 'year'));
    const barHeight = ROW_STEP * 0.5;
    return {
      width: ctx.width,
      height: Math.max(domain.length, 1) * ROW_STEP + 40,
      marginLeft: 12,
      marginRight: 110,
      marginTop: 24,
      x: { label: null, domain: years.length ? [Math.min(...years) - 0.8, Math.max(...years) + 0.8] : [0, 1], tickFormat: (d: number) => String(d), ticks: 6, grid: true },
      y: { domain, axis: null, padding: 0.5 },
      marks: [
        // Row label above its dots, left-aligned: long measure names stay readable on a phone.
        Plot.text(domain, {
          y: (d: string) => d, frameAnchor: 'left', text: (d: string) => d, dy: -(barHeight / 2 + 4), textAnchor: 'start',
          lineAnchor: 'bottom', fontSize: 11, fontWeight: 600, lineWidth: Math.max(16, Math.floor((ctx.width - 24) / 13)),
        }),
        Plot.dot(rows, {
          x: 'year', y: row, r: 5, stroke: OKABE_ITO.blue, strokeWidth: 1.5,
          fill: (r: Row) => (bool(r, 'is_secondary') ? 'white' : OKABE_ITO.blue),
          title: (r: Row) => `${row(r)}\n${r.year}: ${valueText(r, lang)}\n${tr(lang, '来源', 'Source')}: ${str(r, 'source_id')}`,
        }),
        Plot.text(rows, { x: 'year', y: row, text: (r: Row) => valueText(r, lang), dx: 8, textAnchor: 'start', fontSize: 11, fill: 'currentColor', ...HALO }),
      ],
    };
  },

  table: () => [
    { key: 'measure', label: { zh: '指标', en: 'Measure' }, format: 'text' },
    { key: 'cadre', label: { zh: '对象', en: 'Counted' }, format: 'text' },
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' },
    { key: 'unit', label: { zh: '单位', en: 'Unit' }, format: 'text' },
    { key: 'value_published', label: { zh: '公布值', en: 'As published' }, format: 'text' },
    { key: 'source_id', label: { zh: '来源', en: 'Source' }, format: 'text' },
  ],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return tr(lang, '该项目没有公布的数字。', 'No published figures for this programme.');
    const measures = [...new Set(rows.map((r) => measureRow(r, lang)))];
    const latest = [...rows].sort((a, b) => num(b, 'year') - num(a, 'year'))[0]!;
    const years = [...new Set(rows.map((r) => num(r, 'year')))].sort((a, b) => a - b).map(String);
    return tr(lang,
      `该项目共有${rows.length}个公布数字、${measures.length}个指标，年份：${formatList(years, lang)}。最新：${measureRow(latest, lang)}，${latest.year}年为${valueText(latest, lang)}。`,
      `${rows.length} published figures on ${measures.length} measures, years ${formatList(years, lang)}. Latest: ${measureRow(latest, lang)}, ${valueText(latest, lang)} in ${latest.year}.`);
  },
};
