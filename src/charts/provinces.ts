/**
 * Provinces compared for a chosen year and indicator: what the tile-grid map and the ranked bars share (two charts,
 * so each can be embedded on its own) — page section, state, controls, query, table, description and notes. The
 * query returns every province, with no value where none is published.
 */
import type { Lang } from '../contract/schema.ts';
import { bi, punct, t } from '../i18n/index.ts';
import { formatList } from '../lib/format.ts';
import { column, COL } from './columns.ts';
import type { ChartDefinition, Row } from './definition.ts';
import { compactYears } from './describe.ts';
import { bool, label, num, str } from './rows.ts';
import { valueText } from './value-text.ts';

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
  // One province is not a ranking: no "highest X, lowest X".
  if (valued.length === 1) return t('provinces.describeOne', lang, { year: s.year, name: provinceName(top, lang), value: valueText(top, lang) });
  return t('provinces.describe', lang, {
    year: s.year, n: valued.length, top: provinceName(top, lang), topValue: valueText(top, lang),
    bottom: provinceName(bottom, lang), bottomValue: valueText(bottom, lang),
  });
}

/** "Figures for 2018: 31 provinces; none for …": which provinces the chosen year has, and the indicator's other years. */
function provinceCoverage(rows: Row[], s: ProvinceState, lang: Lang): string {
  const n = withValue(rows).length;
  const years = rows[0] ? str(rows[0], 'years_available').split(',').filter(Boolean).map(Number) : [];
  const others = years.filter((y) => y !== s.year);
  return t(n === rows.length ? 'provinces.coverageAll' : 'provinces.coverage', lang, {
    year: s.year, n, missing: rows.length - n,
    others: others.length ? t('provinces.coverageOthers', lang, { years: compactYears(others, lang) }) : t('provinces.coverageOnly', lang),
  });
}

/** Which provinces have no figure, and which years the indicator does exist for. */
function provinceNotes(rows: Row[], s: ProvinceState, lang: Lang): string[] {
  const missing = rows.filter((r) => !hasValue(r)).map((r) => provinceName(r, lang));
  const notes: string[] = [];
  const years = rows[0] ? str(rows[0], 'years_available').split(',').filter(Boolean) : [];
  if (withValue(rows).length === 0) notes.push(t('provinces.noneInYearNote', lang, { year: s.year, years: years.join(punct(lang).enumeration) }));
  else if (missing.length > 0) notes.push(t('provinces.noData', lang, { provinces: formatList(missing, lang) }));
  if (rows.some((r) => bool(r, 'is_derived'))) notes.push(t('provinces.derived', lang));
  return notes;
}

/** "2018 (31 provinces)": a year in a province chart's menu with how many provinces it has. */
export const yearOption = (r: Row, lang: Lang): string =>
  t('provinces.yearOption', lang, { year: num(r, 'value'), n: num(r, 'n') });

/** Everything of the two province charts but their id, place, title and drawing. */
export const PROVINCE_CHART = {
  page: 'urban-rural',
  section: 'section.provinces',
  subtitle: provinceSubtitle,
  // The most complete recent view: the latest year in which an indicator has a figure for every province
  // (a unit test checks this against the coverage query).
  defaults: { series: 'physicians_unspecified.density.per_1000.unspecified', year: 2018 },
  controls: [
    { key: 'series', label: bi('control.indicator'), kind: 'select', optionsQuery: 'ur_province_series_options' },
    {
      key: 'year', label: bi('control.year'), kind: 'select', optionsQuery: 'coverage_province_years', dependsOn: 'series',
      optionLabel: yearOption,
    },
  ],
  query: (s) => ({ name: 'ur_province_values', params: { series: s.series, year: s.year } }),
  table: () => [column('province', 'col.province'), COL.year, COL.value, COL.unit, COL.derived, COL.secondary],
  describe: provinceDescribe,
  notes: provinceNotes,
  coverage: provinceCoverage,
} as const satisfies Omit<ChartDefinition<ProvinceState>, 'id' | 'order' | 'title' | 'plot'>;
