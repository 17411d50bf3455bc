/**
 * Provinces compared for a chosen year and indicator: what the tile-grid map and the ranked bars share (two charts,
 * so each can be embedded on its own) — page section, state, controls, query, table, description and notes. The
 * query returns every province, with no value where none is published.
 */
import type { Lang } from '../contract/schema.ts';
import { bi, punct, t } from '../i18n/index.ts';
import { formatList, formatNumber } from '../lib/format.ts';
import { column, COL } from './columns.ts';
import type { ChartDefinition, Row } from './definition.ts';
import { bool, label, num, str } from './rows.ts';

export interface ProvinceState extends Record<string, string | number> { series: string; year: number }

export const provinceName = (r: Row, lang: Lang): string => label(r, 'province', lang);

const hasValue = (r: Row): boolean => r.value !== null && r.value !== undefined;

/** Provinces with a published value, highest first (the query orders them). */
export const withValue = (rows: Row[]): Row[] => rows.filter(hasValue);

const provinceSubtitle = (s: ProvinceState, lang: Lang): string =>
  t(s.series.split('.')[1] === 'headcount' ? 'provinces.subtitle.headcount' : 'provinces.subtitle.density', lang, { year: s.year });

function provinceDescribe(rows: Row[], s: ProvinceState, lang: Lang): string {
  const valued = withValue(rows);
  if (valued.length === 0) return t('provinces.noneInYear', lang, { year: s.year });
  const top = valued[0]!, bottom = valued[valued.length - 1]!;
  if (valued.length === 1) return t('provinces.describeOne', lang, { year: s.year, name: provinceName(top, lang), value: formatNumber(num(top, 'value'), lang) });
  return t('provinces.describe', lang, {
    year: s.year, n: valued.length, top: provinceName(top, lang), topValue: formatNumber(num(top, 'value'), lang),
    bottom: provinceName(bottom, lang), bottomValue: formatNumber(num(bottom, 'value'), lang),
  });
}

/** Which provinces have no figure, and which years the indicator does exist for. */
function provinceNotes(rows: Row[], s: ProvinceState, lang: Lang): string[] {
  const missing = rows.filter((r) => !hasValue(r)).map((r) => provinceName(r, lang));
  const notes: string[] = [];
  const years = rows[0] ? str(rows[0], 'years_available').split(',').filter(Boolean) : [];
  if (withValue(rows).length === 0) notes.push(t('provinces.noneInYearNote', lang, { year: s.year }));
  else if (missing.length > 0) notes.push(t('provinces.noData', lang, { provinces: formatList(missing, lang) }));
  if (years.length > 0) notes.push(t('provinces.years', lang, { years: years.join(punct(lang).enumeration) }));
  if (rows.some((r) => bool(r, 'is_derived'))) notes.push(t('provinces.derived', lang));
  return notes;
}

/** Everything of the two province charts but their id, place, title and drawing. */
export const PROVINCE_CHART = {
  page: 'urban-rural',
  section: 'section.provinces',
  subtitle: provinceSubtitle,
  defaults: { series: 'health_technicians.density.per_1000.unspecified', year: 1999 },
  controls: [
    { key: 'series', label: bi('control.indicator'), kind: 'select', optionsQuery: 'ur_province_series_options' },
    { key: 'year', label: bi('control.year'), kind: 'select', optionsQuery: 'ur_province_year_options' },
  ],
  query: (s) => ({ name: 'ur_province_values', params: { series: s.series, year: s.year } }),
  table: () => [column('province', 'col.province'), COL.year, COL.value, COL.unit, COL.derived, COL.secondary],
  describe: provinceDescribe,
  notes: provinceNotes,
} as const satisfies Omit<ChartDefinition<ProvinceState>, 'id' | 'order' | 'title' | 'plot'>;
