/**
 * Density per 1,000 people in cities, in the countryside and nationally, over time, with the urban/rural ratio
 * where both are published for the same year. Only what the data holds is drawn; the yearbook's yearly
 * urban/rural table fills this chart in automatically once it is imported (area 'urban'/'rural', measure 'density').
 */
import * as Plot from '@observablehq/plot';
import { AREA_COLOURS } from '../lib/palette.ts';
import { formatList, formatNumber, formatYear } from '../lib/format.ts';
import type { ChartDefinition, Row } from './types.ts';
import { bool, num, str, tr, yearsOf } from './chart-rows.ts';
import { breakMarks, seriesMarks, YEAR_AXIS } from './urban-rural-common.ts';

export interface DensityState extends Record<string, string | number> { cadre: string }

const AREAS = ['urban', 'rural', 'total'] as const;
const areaName = (code: string, lang: 'zh' | 'en') =>
  ({ urban: tr(lang, '城市', 'Cities'), rural: tr(lang, '农村', 'Countryside'), total: tr(lang, '全国', 'National') })[code] ?? code;

/** Fewer than this many years in cities or countryside = the yearbook series is not in the data yet. */
const SERIES_MIN_YEARS = 5;

export const urbanRuralDensity: ChartDefinition<DensityState> = {
  id: 'urban-rural-density',
  page: 'urban-rural',
  title: { zh: '城市与农村的卫生人员密度', en: 'Health workers per 1,000 people in cities and the countryside' },
  subtitle: (_s, lang) =>
    tr(lang, '每千人口（人）；城乡比 = 城市 ÷ 农村（同年均有公布时）；空心 = 二手来源',
      'Per 1,000 population; ratio = cities ÷ countryside (where both are published for a year); hollow = secondary source'),
  defaults: { cadre: 'nurses' },
  controls: [{ key: 'cadre', label: { zh: '人员类别', en: 'Staff group' }, kind: 'select', optionsQuery: 'ur_density_cadre_options' }],
  query: (s) => ({ name: 'ur_density_by_area', params: { cadre: s.cadre } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const present = AREAS.filter((a) => rows.some((r) => str(r, 'area') === a));
    const ratios = rows.filter((r) => r.ratio !== null && r.ratio !== undefined);
    return {
      height: 320,
      marginRight: 16,
      x: { ...YEAR_AXIS },
      y: { label: tr(lang, '每千人口', 'per 1,000 population'), grid: true, zero: true, nice: true },
      color: {
        domain: present,
        range: present.map((a) => AREA_COLOURS[a]),
        legend: true,
        tickFormat: (a: string) => areaName(a, lang),
      },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(rows, lang),
        ...seriesMarks(rows, (r) => str(r, 'area'), lang, (r) => areaName(str(r, 'area'), lang)),
        Plot.text(ratios, {
          x: 'year', y: 'value', dy: -12, fontSize: 11, fontWeight: 600,
          text: (r: Row) => `${tr(lang, '城乡比', 'ratio')} ${formatNumber(num(r, 'ratio'), lang)}`,
        }),
      ],
    };
  },

  table: () => [
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'area', label: { zh: '地区', en: 'Area' }, format: 'text' },
    { key: 'value', label: { zh: '每千人口', en: 'Per 1,000' }, format: 'number' },
    { key: 'ratio', label: { zh: '城乡比', en: 'Urban/rural ratio' }, format: 'number' },
    { key: 'is_secondary', label: { zh: '二手来源', en: 'Secondary' }, format: 'text' },
  ],

  describe: (rows, _s, lang) => {
    if (rows.length === 0) return tr(lang, '没有数据。', 'No data.');
    const parts = AREAS.flatMap((a) => {
      const rs = rows.filter((r) => str(r, 'area') === a);
      if (rs.length === 0) return [];
      const last = rs[rs.length - 1]!;
      return [`${areaName(a, lang)} ${formatYear(num(last, 'year'))}: ${formatNumber(num(last, 'value'), lang)}`];
    });
    return `${tr(lang, '每千人口，最近一年：', 'Per 1,000 population, latest year: ')}${parts.join(lang === 'zh' ? '；' : '; ')}`;
  },

  notes: (rows, _s, lang) => {
    const urban = yearsOf(rows.filter((r) => str(r, 'area') === 'urban'));
    const rural = yearsOf(rows.filter((r) => str(r, 'area') === 'rural'));
    if (urban.length >= SERIES_MIN_YEARS && rural.length >= SERIES_MIN_YEARS) return [];
    const list = (ys: number[]) => (ys.length ? formatList(ys.map(String), lang) : tr(lang, '无', 'none'));
    const secondary = rows.some((r) => str(r, 'area') !== 'total' && bool(r, 'is_secondary'));
    return [
      tr(lang,
        `缺少什么：《中国卫生健康统计年鉴》逐年的城市/农村每千人口卫生技术人员、执业(助理)医师、注册护士表尚未收录。目前只有零散的城市年份（${list(urban)}）和农村年份（${list(rural)}）${secondary ? '，部分来自期刊文章' : ''}；全国线仅作参照。该表导入后本图会自动补全。`,
        `What is missing: the yearbook's yearly urban/rural table (health technicians, licensed physicians and nurses per 1,000) is not in the data yet. Only scattered years exist for cities (${list(urban)}) and the countryside (${list(rural)})${secondary ? ', partly from journal articles' : ''}; the national line is for context. The chart fills in once that table is imported.`),
    ];
  },
};

