/**
 * China against other countries on WHO National Health Workforce Accounts densities (per 10,000): China's line
 * over time with a chosen comparison set, or the same set ranked for one year.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../lib/schema.ts';
import { formatList, formatNumber, formatYear } from '../lib/format.ts';
import { CATEGORICAL, HIGHLIGHT, OKABE_ITO } from '../lib/palette.ts';
import type { ChartDefinition, ControlOption, Row } from './types.ts';
import { num, str, tr } from './chart-rows.ts';
import { seriesMarks, tooltip, YEAR_AXIS } from './urban-rural-common.ts';

export interface WorldState extends Record<string, string | number> { cadre: string; view: string; group: string; year: number }

/** Comparison sets (ISO 3166 alpha-3). China is always included. */
export const COMPARISON_GROUPS: Record<string, { label: ControlOption['label']; codes: string[] }> = {
  brics: { label: { zh: '金砖国家', en: 'BRICS' }, codes: ['BRA', 'RUS', 'IND', 'ZAF'] },
  g7: { label: { zh: '七国集团', en: 'G7' }, codes: ['USA', 'JPN', 'DEU', 'GBR', 'FRA', 'ITA', 'CAN'] },
  asia: { label: { zh: '亚洲邻国', en: 'Asian neighbours' }, codes: ['JPN', 'KOR', 'MNG', 'VNM', 'THA', 'IND'] },
  populous: { label: { zh: '人口大国', en: 'Most populous' }, codes: ['IND', 'USA', 'IDN', 'PAK', 'NGA', 'BRA', 'BGD'] },
};

/** Names of the comparison countries, for naming the ones WHO has no figure for (they are not in the rows). */
const COUNTRY_NAMES: Record<string, ControlOption['label']> = {
  BRA: { zh: '巴西', en: 'Brazil' }, RUS: { zh: '俄罗斯', en: 'Russia' }, IND: { zh: '印度', en: 'India' },
  ZAF: { zh: '南非', en: 'South Africa' }, USA: { zh: '美国', en: 'United States' }, JPN: { zh: '日本', en: 'Japan' },
  DEU: { zh: '德国', en: 'Germany' }, GBR: { zh: '英国', en: 'United Kingdom' }, FRA: { zh: '法国', en: 'France' },
  ITA: { zh: '意大利', en: 'Italy' }, CAN: { zh: '加拿大', en: 'Canada' }, KOR: { zh: '韩国', en: 'Republic of Korea' },
  MNG: { zh: '蒙古', en: 'Mongolia' }, VNM: { zh: '越南', en: 'Viet Nam' }, THA: { zh: '泰国', en: 'Thailand' },
  IDN: { zh: '印度尼西亚', en: 'Indonesia' }, PAK: { zh: '巴基斯坦', en: 'Pakistan' }, NGA: { zh: '尼日利亚', en: 'Nigeria' },
  BGD: { zh: '孟加拉国', en: 'Bangladesh' },
};

const countryName = (r: Row, lang: Lang) => str(r, `country_${lang}`) || str(r, 'geo_code');
const isChina = (r: Row) => str(r, 'geo_code') === 'CHN';

export const urbanRuralWorld: ChartDefinition<WorldState> = {
  id: 'urban-rural-world',
  page: 'urban-rural',
  title: { zh: '中国与其他国家比较', en: 'China compared with other countries' },
  subtitle: (s, lang) =>
    s.view === 'rank'
      ? tr(lang, `${formatYear(s.year)}年，每万人口；世界卫生组织数据`, `${formatYear(s.year)}, per 10,000 population; WHO figures`)
      : tr(lang, '每万人口；世界卫生组织数据；缺失年份为空白', 'Per 10,000 population; WHO figures; missing years are gaps'),
  defaults: { cadre: 'medical_doctors', view: 'lines', group: 'brics', year: 2019 },
  controls: [
    { key: 'cadre', label: { zh: '人员类别', en: 'Staff group' }, kind: 'select', optionsQuery: 'ur_world_cadre_options' },
    { key: 'group', label: { zh: '比较对象', en: 'Compare with' }, kind: 'select',
      options: Object.entries(COMPARISON_GROUPS).map(([value, g]) => ({ value, label: g.label })) },
    { key: 'view', label: { zh: '视图', en: 'View' }, kind: 'radio',
      options: [{ value: 'lines', label: { zh: '历年变化', en: 'Over time' } }, { value: 'rank', label: { zh: '某年排序', en: 'Ranked in a year' } }] },
    { key: 'year', label: { zh: '年份（排序视图）', en: 'Year (ranked view)' }, kind: 'select', optionsQuery: 'ur_world_year_options' },
  ],
  query: (s): ReturnType<ChartDefinition['query']> => {
    const countries = (COMPARISON_GROUPS[s.group] ?? COMPARISON_GROUPS.brics!).codes.join(',');
    return s.view === 'rank'
      ? { name: 'ur_world_rank', params: { cadre: s.cadre, year: s.year, countries } }
      : { name: 'ur_world_lines', params: { cadre: s.cadre, countries } };
  },

  plot: (rows, s, ctx) => {
    const { lang } = ctx;
    if (s.view === 'rank') {
      const data = rows.map((r) => ({ ...r, name: countryName(r, lang) }));
      return {
        height: Math.max(120, 26 * data.length + 50),
        marginLeft: lang === 'zh' ? 72 : 150,
        marginRight: 48,
        x: { label: tr(lang, '每万人口', 'per 10,000 population'), grid: true, zero: true },
        y: { label: null, domain: data.map((r) => r.name) },
        marks: [
          Plot.ruleY(data, { y: 'name', x1: 0, x2: 'value', stroke: '#bbbbbb' }),
          Plot.dot(data, { x: 'value', y: 'name', r: 5, fill: (r: Row) => (isChina(r) ? HIGHLIGHT : CATEGORICAL[0]!), title: (r: Row) => tooltip(r, lang, countryName(r, lang)) }),
          Plot.text(data, { x: 'value', y: 'name', text: (r: Row) => formatNumber(num(r, 'value'), lang), dx: 8, textAnchor: 'start', fontSize: 11 }),
        ],
      };
    }
    const names = [...new Set(rows.map((r) => countryName(r, lang)))];
    const china = rows.find(isChina);
    const chinaName = china ? countryName(china, lang) : '';
    const others = names.filter((n) => n !== chinaName);
    // Only China is named at the end of its line (names of close lines would collide); the legend names all.
    const chinaRows = rows.filter(isChina);
    const lastOf = chinaRows.length ? [chinaRows[chinaRows.length - 1]!] : [];
    // End-of-line names only where there is room; the legend names every line anyway.
    const endLabels = ctx.width >= 560;
    return {
      height: 340,
      marginRight: endLabels ? 56 : 16,
      x: { ...YEAR_AXIS },
      y: { label: tr(lang, '每万人口', 'per 10,000 population'), grid: true, zero: true, nice: true },
      color: {
        domain: [chinaName, ...others].filter(Boolean),
        // Orange last: it is the colour closest to China's vermillion. Eight colours for China and up to seven
        // others (G7, most populous), so no country ever shares China's colour.
        range: [HIGHLIGHT, ...CATEGORICAL.filter((c) => c !== HIGHLIGHT && c !== OKABE_ITO.orange), OKABE_ITO.orange],
        legend: true,
      },
      marks: [
        Plot.ruleY([0]),
        ...seriesMarks(rows, (r) => countryName(r, lang), lang, (r) => countryName(r, lang)),
        ...(endLabels ? [Plot.text(lastOf, { x: 'year', y: 'value', text: (r: Row) => countryName(r, lang), dx: 6, textAnchor: 'start', fontSize: 12, fontWeight: 600, fill: HIGHLIGHT })] : []),
      ],
    };
  },

  table: () => [
    { key: 'country', label: { zh: '国家', en: 'Country' }, format: 'text' },
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value', label: { zh: '每万人口', en: 'Per 10,000' }, format: 'number' },
  ],

  describe: (rows, s, lang) => {
    const china = rows.filter(isChina);
    if (china.length === 0) return tr(lang, '没有中国的数据。', 'No figure for China.');
    const last = china[china.length - 1]!;
    if (s.view === 'rank') {
      const rank = rows.findIndex(isChina) + 1;
      return tr(lang, `${formatYear(s.year)}年中国每万人口${formatNumber(num(last, 'value'), lang)}，在所选${rows.length}个国家中排第${rank}。`,
        `China had ${formatNumber(num(last, 'value'), lang)} per 10,000 in ${formatYear(s.year)}, ranked ${rank} of the ${rows.length} countries shown.`);
    }
    return tr(lang, `中国${formatYear(num(last, 'year'))}年每万人口${formatNumber(num(last, 'value'), lang)}。`,
      `China: ${formatNumber(num(last, 'value'), lang)} per 10,000 in ${formatYear(num(last, 'year'))}.`);
  },

  notes: (rows, s, lang) => {
    const group = COMPARISON_GROUPS[s.group] ?? COMPARISON_GROUPS.brics!;
    const have = new Set(rows.map((r) => str(r, 'geo_code')));
    const missing = group.codes.filter((c) => !have.has(c));
    return missing.length
      ? [tr(lang, `没有世界卫生组织数据的国家：${missing.map((c) => COUNTRY_NAMES[c]?.zh ?? c).join('、')}。`,
          `No WHO figure for: ${formatList(missing.map((c) => COUNTRY_NAMES[c]?.en ?? c), 'en')}.`)]
      : [];
  },
};
