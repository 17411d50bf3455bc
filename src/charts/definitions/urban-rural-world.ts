/**
 * China against other countries on WHO National Health Workforce Accounts densities (per 10,000): China's line
 * over time with a chosen comparison set, or the same set ranked for one year. The sets are data
 * (data/vocab/chart-sets.json); country names come from the labels table.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, biOf, t } from '../../i18n/index.ts';
import { formatList, formatNumber, formatYear } from '../../lib/format.ts';
import { CATEGORICAL, HIGHLIGHT, OKABE_ITO } from '../../lib/palette.ts';
import { COMPARISON_GROUPS } from '../../queries/sets.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type ChartDefinition, type Row } from '../definition.ts';
import { pointTitle, seriesMarks } from '../marks/series.ts';
import { label, num, str, yearDomain, yearTicks } from '../rows.ts';

export interface WorldState extends Record<string, string | number> { cadre: string; view: string; group: string; year: number }

const countryName = (r: Row, lang: Lang) => label(r, 'country', lang);
const isChina = (r: Row) => str(r, 'geo_code') === 'CHN';
const groupCodes = (key: string): string[] => (COMPARISON_GROUPS.find((g) => g.key === key) ?? COMPARISON_GROUPS[0]!).codes;

const urbanRuralWorld = defineChart<WorldState>({
  id: 'urban-rural-world',
  page: 'urban-rural',
  order: 5,
  title: bi('urban-rural-world.title'),
  subtitle: (s, lang) => (s.view === 'rank'
    ? t('urban-rural-world.subtitle.rank', lang, { year: formatYear(s.year) })
    : t('urban-rural-world.subtitle.lines', lang)),
  defaults: { cadre: 'medical_doctors', view: 'lines', group: 'brics', year: 2019 },
  controls: [
    { key: 'cadre', label: bi('control.staffGroup'), kind: 'select', optionsQuery: 'ur_world_cadre_options' },
    { key: 'group', label: bi('urban-rural-world.control.group'), kind: 'select',
      options: COMPARISON_GROUPS.map((g) => ({ value: g.key, label: biOf(`urban-rural-world.group.${g.key}`) })) },
    { key: 'view', label: bi('urban-rural-world.control.view'), kind: 'radio',
      options: [{ value: 'lines', label: bi('urban-rural-world.view.lines') }, { value: 'rank', label: bi('urban-rural-world.view.rank') }] },
    { key: 'year', label: bi('urban-rural-world.control.year'), kind: 'select', optionsQuery: 'ur_world_year_options' },
  ],
  query: (s): ReturnType<ChartDefinition['query']> => {
    const countries = groupCodes(s.group).join(',');
    return s.view === 'rank'
      ? { name: 'ur_world_rank', params: { cadre: s.cadre, year: s.year, countries } }
      : { name: 'ur_world_lines', params: { cadre: s.cadre, countries } };
  },

  plot: (rows, s, ctx) => {
    const { lang } = ctx;
    const axis = t('urban-rural-world.axis', lang);
    if (s.view === 'rank') {
      const data = rows.map((r) => ({ ...r, name: countryName(r, lang) }));
      return {
        height: Math.max(120, 26 * data.length + 50),
        marginLeft: lang === 'zh' ? 72 : 150,
        marginRight: 48,
        x: { label: axis, grid: true, zero: true },
        y: { label: null, domain: data.map((r) => r.name) },
        marks: [
          Plot.ruleY(data, { y: 'name', x1: 0, x2: 'value', stroke: '#bbbbbb' }),
          Plot.dot(data, { x: 'value', y: 'name', r: 5, fill: (r: Row) => (isChina(r) ? HIGHLIGHT : CATEGORICAL[0]!), title: (r: Row) => pointTitle(r, lang, countryName(r, lang)) }),
          Plot.text(data, { x: 'value', y: 'name', text: (r: Row) => formatNumber(num(r, 'value'), lang), dx: 8, textAnchor: 'start', fontSize: 11 }),
        ],
      };
    }
    const names = [...new Set(rows.map((r) => countryName(r, lang)))];
    const chinaRows = rows.filter(isChina);
    const chinaName = chinaRows[0] ? countryName(chinaRows[0], lang) : '';
    const others = names.filter((n) => n !== chinaName);
    // Only China is named at the end of its line (names of close lines would collide), where there is room; the
    // legend names every line anyway.
    const endLabels = ctx.width >= 560;
    return {
      height: 340,
      marginRight: endLabels ? 56 : 16,
      x: { label: null, domain: yearDomain(rows), tickFormat: formatYear, ticks: yearTicks(yearDomain(rows), ctx.width < 560 ? 5 : 8) },
      y: { label: axis, grid: true, zero: true, nice: true },
      color: {
        domain: [chinaName, ...others].filter(Boolean),
        // Orange last: it is the colour closest to China's vermillion. Eight colours for China and up to seven
        // others (G7, most populous), so no country ever shares China's colour.
        range: [HIGHLIGHT, ...CATEGORICAL.filter((c) => c !== HIGHLIGHT && c !== OKABE_ITO.orange), OKABE_ITO.orange],
        legend: true,
      },
      marks: [
        Plot.ruleY([0]),
        ...seriesMarks(rows, (r) => countryName(r, lang), lang),
        ...(endLabels ? [Plot.text(chinaRows.slice(-1), { x: 'year', y: 'value', text: (r: Row) => countryName(r, lang), dx: 6, textAnchor: 'start', fontSize: 12, fontWeight: 600, fill: HIGHLIGHT })] : []),
      ],
    };
  },

  table: () => [column('country', 'col.country'), COL.year, COL.perTenThousand],

  describe: (rows, s, lang) => {
    const china = rows.filter(isChina);
    const last = china[china.length - 1];
    if (!last) return t('urban-rural-world.noChina', lang);
    const value = formatNumber(num(last, 'value'), lang);
    return s.view === 'rank'
      ? t('urban-rural-world.describe.rank', lang, { year: formatYear(s.year), value, n: rows.length, rank: rows.findIndex(isChina) + 1 })
      : t('urban-rural-world.describe.lines', lang, { year: formatYear(num(last, 'year')), value });
  },

  notes: (rows, _s, lang) => {
    const missing = rows[0] ? str(rows[0], `missing_${lang}`).split('|').filter(Boolean) : [];
    return missing.length ? [t('urban-rural-world.missing', lang, { countries: formatList(missing, lang) })] : [];
  },
});

export default urbanRuralWorld;
