/**
 * General practitioners, count or per 10,000 population, against the national targets for 2020 and 2030 that
 * carry the same unit. The GP definition changed (certificate holders were counted until about 2019, only
 * registered GPs later), so a change of definition between published years is drawn as a series break.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../lib/schema.ts';
import { formatCompact, formatList, formatNumber, formatYear } from '../lib/format.ts';
import { OKABE_ITO } from '../lib/palette.ts';
import type { ChartDefinition, Row } from './types.ts';
import { num, str, tr } from './chart-rows.ts';
import { breakMarks, isTarget, missingYears, observedMarks, targetMarks, targetNotes, targetText } from './series-with-targets.ts';

export interface GpState extends Record<string, string | number> { measure: 'density' | 'headcount' }

const SERIES_COLOUR = OKABE_ITO.blue;
const TARGET_COLOUR = OKABE_ITO.vermillion;

/** Years where the published definition differs from the previous published year. */
export function definitionBreaks(observed: Row[]): number[] {
  const sorted = [...observed].sort((a, b) => num(a, 'year') - num(b, 'year'));
  return sorted.filter((r, i) => i > 0 && str(r, 'definition') !== str(sorted[i - 1]!, 'definition')).map((r) => num(r, 'year'));
}

const unitText = (s: GpState, lang: Lang) =>
  s.measure === 'density' ? tr(lang, '人/万人口', 'per 10,000 population') : tr(lang, '人', 'persons');

const fmt = (v: number, s: GpState, lang: Lang) => (s.measure === 'density' ? formatNumber(v, lang) : formatNumber(v, lang, 0));

export const trainingGps: ChartDefinition<GpState> = {
  id: 'training-gps',
  page: 'training',
  title: { zh: '全科医生数量与目标', en: 'General practitioners against national targets' },
  subtitle: (s, lang) =>
    s.measure === 'density'
      ? tr(lang, '每万人口全科医生数（人）；菱形 = 政策目标；空心点 = 二手来源', 'GPs per 10,000 population; diamonds = policy targets; hollow dots = secondary source')
      : tr(lang, '全科医生人数（人）；菱形 = 政策目标；空心点 = 二手来源', 'Number of GPs (persons); diamonds = policy targets; hollow dots = secondary source'),
  defaults: { measure: 'density' },
  controls: [{
    key: 'measure',
    label: { zh: '指标', en: 'Measure' },
    kind: 'radio',
    options: [
      { value: 'density', label: { zh: '每万人口', en: 'Per 10,000 population' } },
      { value: 'headcount', label: { zh: '人数', en: 'Number' } },
    ],
  }],
  query: (s) => ({ name: 'training_gp_series', params: { measure: s.measure } }),

  plot: (rows, s, ctx) => {
    const { lang } = ctx;
    const observed = rows.filter((r) => !isTarget(r));
    const targets = rows.filter(isTarget);
    const years = rows.map((r) => num(r, 'year'));
    const series = () => tr(lang, '全科医生', 'General practitioners');
    return {
      width: ctx.width,
      height: 340,
      marginLeft: s.measure === 'density' ? 40 : 56,
      marginRight: 16,
      x: { label: null, domain: years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : [0, 1], tickFormat: (d: number) => formatYear(d), ticks: ctx.width < 560 ? 4 : 6 },
      y: {
        label: unitText(s, lang), grid: true, zero: true,
        tickFormat: s.measure === 'density' ? (d: number) => formatNumber(d, lang) : (d: number) => formatCompact(d, lang),
      },
      color: { domain: [series()], range: [SERIES_COLOUR] },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(definitionBreaks(observed), lang),
        ...observedMarks(observed, series, lang),
        ...targetMarks(targets, () => TARGET_COLOUR, lang),
      ],
    };
  },

  // The change of GP definition is documented by the bulletins but not coded per figure, so it is stated here.
  notes: (rows, _s, lang) => [...targetNotes(rows, lang), tr(lang,
    '全科医生的统计口径有变化：约2019年前为注册为全科医学专业的医师与取得全科医生培训合格证书者之和；2022年公报起仅计注册者（含乡村全科执业助理医师），前后不完全可比。',
    'The definition of general practitioners changed: until about 2019 it counted physicians registered in general practice plus holders of a GP training certificate; from the 2022 bulletin only registered GPs (including rural assistant GPs) are counted, so figures either side are not fully comparable.')],

  table: () => [
    { key: 'kind', label: { zh: '类型', en: 'Kind' }, format: 'text' },
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' },
    { key: 'value_high', label: { zh: '目标上限', en: 'Target upper bound' }, format: 'number' },
    { key: 'value_published', label: { zh: '公布值', en: 'As published' }, format: 'text' },
    { key: 'policy', label: { zh: '政策', en: 'Policy' }, format: 'text' },
    { key: 'source_id', label: { zh: '来源', en: 'Source' }, format: 'text' },
  ],

  describe: (rows, s, lang) => {
    const observed = rows.filter((r) => !isTarget(r)).sort((a, b) => num(a, 'year') - num(b, 'year'));
    const targets = rows.filter(isTarget).sort((a, b) => num(a, 'year') - num(b, 'year'));
    const what = s.measure === 'density' ? tr(lang, '每万人口全科医生数', 'General practitioners per 10,000 population') : tr(lang, '全科医生人数', 'The number of general practitioners');
    if (observed.length === 0) return tr(lang, `${what}：没有公布的数据。`, `${what}: no published figures.`);
    const first = observed[0]!, last = observed[observed.length - 1]!;
    const gaps = missingYears(observed.map((r) => num(r, 'year')));
    const gapText = gaps.length ? tr(lang, `${formatList(gaps.map(String), lang)}年没有公布数据。`, `No figure is published for ${formatList(gaps.map(String), lang)}.`) : '';
    const targetParts = targets.map((r) => {
      const reached = observed.find((o) => num(o, 'year') === num(r, 'year'));
      const text = targetText(r, lang);
      return reached ? tr(lang, `${text}（实际 ${fmt(num(reached, 'value'), s, lang)}）`, `${text} (actual ${fmt(num(reached, 'value'), s, lang)})`) : text;
    });
    const targetText2 = targetParts.length ? tr(lang, `政策目标：${targetParts.join('；')}。`, `Policy targets: ${targetParts.join('; ')}.`) : '';
    return tr(lang,
      `${what}，${first.year}—${last.year}年：从${fmt(num(first, 'value'), s, lang)}增至${last.year}年的${fmt(num(last, 'value'), s, lang)}（${unitText(s, lang)}）。${gapText}${targetText2}`,
      `${what}, ${first.year}–${last.year}: from ${fmt(num(first, 'value'), s, lang)} to ${fmt(num(last, 'value'), s, lang)} in ${last.year} (${unitText(s, lang)}). ${gapText} ${targetText2}`.replace(/\s+/g, ' ').trim(),
    );
  },
};
