/**
 * Provinces compared for a chosen year and indicator: shared state, query and table for the tile-grid map and the
 * ranked bars (two charts, so each can be embedded on its own).
 */
import type { Lang } from '../lib/schema.ts';
import { formatList, formatNumber, formatYear } from '../lib/format.ts';
import { PROVINCE_TILES } from '../lib/province-tiles.ts';
import type { ChartDefinition, ControlDef, Row, TableColumn } from './types.ts';
import { bool, num, str, tr } from './chart-rows.ts';

export interface ProvinceState extends Record<string, string | number> { series: string; year: number }

export const PROVINCE_DEFAULTS: ProvinceState = { series: 'health_technicians.density.per_1000.unspecified', year: 1999 };

export const PROVINCE_CONTROLS: ControlDef[] = [
  { key: 'series', label: { zh: '指标', en: 'Indicator' }, kind: 'select', optionsQuery: 'ur_province_series_options' },
  { key: 'year', label: { zh: '年份', en: 'Year' }, kind: 'select', optionsQuery: 'ur_province_year_options' },
];

export const provinceQuery: ChartDefinition<ProvinceState>['query'] = (s) => ({
  name: 'ur_province_values', params: { series: s.series, year: s.year },
});

export const provinceName = (r: Row, lang: Lang): string => str(r, `province_${lang}`) || str(r, 'geo_code');

export const provinceSubtitle = (s: ProvinceState, lang: Lang): string => {
  const [, measure] = s.series.split('.');
  const what = measure === 'headcount' ? tr(lang, '人数', 'headcount') : tr(lang, '密度', 'density');
  return tr(lang, `${formatYear(s.year)}年，各省${what}；空心/虚线 = 二手来源`, `${formatYear(s.year)}, ${what} by province; hollow/dashed = secondary source`);
};

export const provinceTable = (): TableColumn[] => [
  { key: 'province', label: { zh: '省份', en: 'Province' }, format: 'text' },
  { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
  { key: 'value', label: { zh: '数值', en: 'Value' }, format: 'number' },
  { key: 'unit', label: { zh: '单位', en: 'Unit' }, format: 'text' },
  { key: 'is_derived', label: { zh: '由公布数字计算', en: 'Computed' }, format: 'text' },
  { key: 'is_secondary', label: { zh: '二手来源', en: 'Secondary' }, format: 'text' },
];

export function provinceDescribe(rows: Row[], s: ProvinceState, lang: Lang): string {
  if (rows.length === 0) return tr(lang, `${s.year}年没有该指标的省级数据。`, `No provincial figures for ${s.year}.`);
  const top = rows[0]!;
  const bottom = rows[rows.length - 1]!;
  return tr(lang,
    `${s.year}年共${rows.length}个省份有数据，最高为${provinceName(top, lang)}（${formatNumber(num(top, 'value'), lang)}），最低为${provinceName(bottom, lang)}（${formatNumber(num(bottom, 'value'), lang)}）。`,
    `${rows.length} provinces reported for ${s.year}; highest ${provinceName(top, lang)} (${formatNumber(num(top, 'value'), lang)}), lowest ${provinceName(bottom, lang)} (${formatNumber(num(bottom, 'value'), lang)}).`);
}

/** Which provinces have no figure, and which years the indicator does exist for. */
export function provinceNotes(rows: Row[], s: ProvinceState, lang: Lang): string[] {
  const have = new Set(rows.map((r) => str(r, 'geo_code')));
  const missing = PROVINCE_TILES.filter((t) => !have.has(t.code)).map((t) => t[lang]);
  const notes: string[] = [];
  const years = rows[0] ? str(rows[0], 'years_available').split(',').filter(Boolean) : [];
  if (rows.length === 0) {
    notes.push(tr(lang, `所选年份（${s.year}）没有该指标的省级数据。`, `No provincial figures for this indicator in ${s.year}.`));
  } else if (missing.length > 0) {
    notes.push(tr(lang, `无数据：${formatList(missing, lang)}。`, `No data: ${formatList(missing, lang)}.`));
  }
  if (years.length > 0) notes.push(tr(lang, `该指标有数据的年份：${years.join('、')}。`, `Years with figures for this indicator: ${years.join(', ')}.`));
  if (rows.some((r) => bool(r, 'is_derived'))) {
    notes.push(tr(lang, '部分密度由同一来源公布的人数和人口计算得出。', 'Some densities are computed from headcounts and populations published in the same source.'));
  }
  return notes;
}
