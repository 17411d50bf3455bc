/**
 * The village workforce over time: village doctors and health aides (乡村医生和卫生员), village clinics, doctors per
 * 1,000 agricultural population, and the other village series in the data (options come from the data).
 */
import * as Plot from '@observablehq/plot';
import { formatCompact, formatNumber, formatYear } from '../lib/format.ts';
import { OKABE_ITO } from '../lib/palette.ts';
import type { ChartDefinition } from './types.ts';
import { num, str, tr } from './chart-rows.ts';
import { breakMarks, seriesMarks, unitOf, YEAR_AXIS } from './urban-rural-common.ts';

export interface VillageState extends Record<string, string | number> { series: string }

export const urbanRuralVillage: ChartDefinition<VillageState> = {
  id: 'urban-rural-village',
  page: 'urban-rural',
  title: { zh: '乡村卫生人员', en: 'The village health workforce' },
  subtitle: (s, lang) => {
    const agricultural = s.series.endsWith('.agricultural');
    return agricultural
      ? tr(lang, '每千农业人口乡村医生和卫生员（人）；空心 = 二手来源', 'Village doctors and health aides per 1,000 agricultural population; hollow = secondary source')
      : tr(lang, '全国合计；空心 = 二手来源', 'National total; hollow = secondary source');
  },
  defaults: { series: 'village_doctors_aides.density.per_1000.agricultural' },
  controls: [{ key: 'series', label: { zh: '指标', en: 'Indicator' }, kind: 'select', optionsQuery: 'ur_village_series_options' }],
  query: (s) => ({ name: 'ur_village_series', params: { series: s.series } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const large = rows.some((r) => num(r, 'value') >= 10000);
    return {
      height: 300,
      x: { ...YEAR_AXIS },
      y: { label: unitOf(rows, lang), grid: true, zero: true, nice: true, tickFormat: large ? (v: number) => formatCompact(v, lang) : undefined },
      color: { domain: ['v'], range: [OKABE_ITO.bluishGreen] },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(rows, lang),
        ...seriesMarks(rows, () => 'v', lang, () => unitOf(rows, lang)),
      ],
    };
  },

  table: () => [
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' },
    { key: 'unit', label: { zh: '单位', en: 'Unit' }, format: 'text' },
    { key: 'is_secondary', label: { zh: '二手来源', en: 'Secondary' }, format: 'text' },
  ],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return tr(lang, '没有数据。', 'No data.');
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    return tr(lang,
      `${formatYear(num(first, 'year'))}年为${formatNumber(num(first, 'value'), lang)}，${formatYear(num(last, 'year'))}年为${formatNumber(num(last, 'value'), lang)}（${unitOf(rows, lang)}）。`,
      `${formatNumber(num(first, 'value'), lang)} in ${formatYear(num(first, 'year'))}, ${formatNumber(num(last, 'value'), lang)} in ${formatYear(num(last, 'year'))} (${unitOf(rows, lang)}).`);
  },

  notes: (rows, s, lang) =>
    s.series.endsWith('.agricultural') && rows.length > 0 && Math.max(...rows.map((r) => num(r, 'year'))) <= 2009
      ? [tr(lang, '年鉴自2010年起不再公布按农业人口计算的这一密度；之后的年份没有可比数据。',
          'The yearbook stopped publishing this density per agricultural population after 2009; no comparable later figures exist.')]
      : rows.length > 0 && str(rows[0]!, 'unit') === 'persons'
        ? [tr(lang, '年份之间的空白表示没有公布数字，不是零。', 'Gaps between years mean no published figure, not zero.')]
        : [],
};
