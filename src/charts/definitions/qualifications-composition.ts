/**
 * Education (学历) or professional-title (职称) make-up as published: one horizontal bar per published year and
 * institution type, stacked from 0 to 100%. The bars are never normalised: where a source publishes only some
 * categories (or its figures do not sum to 100%), the rest of the bar stays grey and is labelled "not broken down".
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, paren, punct, t } from '../../i18n/index.ts';
import { formatList, formatPercent, formatYear } from '../../lib/format.ts';
import { MUTED } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { bool, label, num, str } from '../rows.ts';

export interface CompositionState extends Record<string, string | number> {
  breakdown: 'education' | 'title';
  cadre: string;
}

/** A fixed colour per category code (dark = higher level), so a category keeps its colour across staff groups and
 *  sources; merged categories that only some sources use (中专及以下, 本科以下, 中级及高级) get their own hue, and
 *  the lowest level is warm so it never reads as the grey "not broken down" remainder. */
const CATEGORY_COLOURS: Record<string, string> = {
  bachelor_plus: '#08306b', junior_college: '#2171b5', below_bachelor: '#9e9ac8', secondary_vocational: '#6baed6',
  secondary_below: '#74c476', high_school_below: '#fdae6b',
  senior: '#08306b', intermediate_senior: '#9e9ac8', intermediate: '#2171b5', junior: '#6baed6', unranked: '#fdae6b',
};
const DARK_TEXT_ON = new Set(['below_bachelor', 'secondary_vocational', 'secondary_below', 'high_school_below', 'junior', 'unranked']);
const NOT_BROKEN_DOWN = '#ececec';

/** Bars are one row each: label above the bar, so long Chinese institution names never squeeze the plot. */
const ROW_STEP = 54;
const BAR_PADDING = 0.5;

export interface CompositionGroup { group: string; year: number; label: string; total: number; secondary: boolean }

/** One group per (year, institution), in year order then institution order, with the published total. */
export function compositionGroups(rows: Row[], lang: Lang): CompositionGroup[] {
  const byKey = new Map<string, CompositionGroup>();
  const sorted = [...rows].sort((a, b) => num(a, 'year') - num(b, 'year') || num(a, 'institution_sort') - num(b, 'institution_sort'));
  for (const r of sorted) {
    const key = groupKey(r);
    const g = byKey.get(key) ?? {
      group: key,
      year: num(r, 'year'),
      label: `${formatYear(num(r, 'year'))} · ${str(r, 'institution') === 'all' ? t('qualifications-composition.national', lang) : label(r, 'institution', lang)}`,
      total: 0,
      secondary: false,
    };
    g.total += num(r, 'value');
    g.secondary ||= bool(r, 'is_secondary');
    byKey.set(key, g);
  }
  return [...byKey.values()];
}

const groupKey = (r: Row): string => `${num(r, 'year')}|${str(r, 'institution')}`;

/** Categories in the vocabulary's order (highest level first), as [label, code]. */
function categoryEntries(rows: Row[], lang: Lang): [string, string, number][] {
  const seen = new Map<string, [string, string, number]>();
  for (const r of rows) seen.set(label(r, 'category', lang), [label(r, 'category', lang), str(r, 'category'), num(r, 'category_sort')]);
  return [...seen.values()].sort((a, b) => a[2] - b[2]);
}

export const categoryOrder = (rows: Row[], lang: Lang): string[] => categoryEntries(rows, lang).map(([l]) => l);

function groupLabelText(g: CompositionGroup, lang: Lang): string {
  return g.secondary ? g.label + paren(t('marks.secondary', lang), lang) : g.label;
}

const qualificationsComposition = defineChart<CompositionState>({
  id: 'qualifications-composition',
  page: 'qualifications',
  order: 1,
  title: bi('qualifications-composition.title'),
  subtitle: (s, lang) => t(`qualifications-composition.subtitle.${s.breakdown}`, lang),
  defaults: { breakdown: 'education', cadre: 'health_technicians' },
  controls: [
    {
      key: 'breakdown',
      label: bi('qualifications-composition.control'),
      kind: 'radio',
      options: [
        { value: 'education', label: bi('qualifications-composition.option.education') },
        { value: 'title', label: bi('qualifications-composition.option.title') },
      ],
    },
    { key: 'cadre', label: bi('control.staffGroup'), kind: 'select', optionsQuery: 'qualifications_composition_cadres', dependsOn: 'breakdown' },
  ],
  query: (s) => ({ name: 'qualifications_composition', params: { breakdown: s.breakdown, cadre: s.cadre } }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const groups = compositionGroups(rows, lang);
    const categories = categoryOrder(rows, lang);
    const domain = groups.map((g) => g.group);
    const cat = (r: Row) => label(r, 'category', lang);
    const darkText = (r: Row) => DARK_TEXT_ON.has(str(r, 'category'));
    const tipText = (r: Row) =>
      `${groupLabelText(groups.find((g) => g.group === groupKey(r))!, lang)}\n${cat(r)}: ${str(r, 'value_published')}%`
      + `\n${t('marks.source', lang, { source: label(r, 'source', lang) })}`;
    const barHeight = ROW_STEP * (1 - BAR_PADDING);
    if (rows.length === 0) {
      return {
        width: ctx.width, height: 80, x: { domain: [0, 100] }, y: { axis: null },
        marks: [Plot.text([t('qualifications-composition.none', lang)], { frameAnchor: 'middle' })],
      };
    }
    return {
      width: ctx.width,
      height: groups.length * ROW_STEP + 40,
      marginTop: 24,
      marginLeft: 8,
      marginRight: 16,
      x: { domain: [0, 100], label: t('col.percent', lang), labelAnchor: 'right', grid: false },
      y: { domain, axis: null, padding: BAR_PADDING },
      color: { domain: categories, range: categoryEntries(rows, lang).map(([, code]) => CATEGORY_COLOURS[code] ?? MUTED), legend: true },
      marks: [
        // The whole 0–100% frame of each bar: what the published categories do not cover stays visible as grey.
        Plot.barX(groups, { y: 'group', x1: 0, x2: 100, fill: NOT_BROKEN_DOWN, stroke: MUTED, strokeWidth: 0.5 }),
        Plot.barX(rows, {
          y: (r: Row) => groupKey(r), x: 'value', fill: cat, order: categories, z: cat,
          stroke: 'white', strokeWidth: 0.5, title: tipText,
        }),
        Plot.text(rows, Plot.stackX({
          y: (r: Row) => groupKey(r), x: 'value', z: cat, order: categories,
          text: (r: Row) => (num(r, 'value') >= 8 ? formatPercent(num(r, 'value'), lang) : ''),
          fill: (r: Row) => (darkText(r) ? 'black' : 'white'), fontSize: 11,
        })),
        Plot.text(groups, {
          y: 'group', x: 0, text: (g: CompositionGroup) => groupLabelText(g, lang),
          textAnchor: 'start', dy: -(barHeight / 2 + 8), fontSize: 12, fontWeight: 600,
        }),
        Plot.ruleX([0]),
      ],
    };
  },

  table: () => [COL.year, column('institution', 'col.institution'), column('category', 'col.category'), COL.percent, COL.source],

  describe: (rows, s, lang) => {
    const cadre = rows[0] ? label(rows[0], 'cadre', lang) : s.cadre;
    const what = t(`qualifications-composition.what.${s.breakdown}`, lang);
    if (rows.length === 0) return t('qualifications-composition.noFigures', lang, { cadre, what });
    const groups = compositionGroups(rows, lang);
    // Describe the latest complete make-up; years with only some categories are named separately below.
    const complete = groups.filter((g) => g.total >= 98);
    const latestYear = Math.max(...(complete.length ? complete : groups).map((g) => g.year));
    const latest = rows.filter((r) => num(r, 'year') === latestYear).sort((a, b) => num(a, 'category_sort') - num(b, 'category_sort'));
    const parts = latest.map((r) => `${label(r, 'category', lang)} ${formatPercent(num(r, 'value'), lang)}${str(r, 'institution') === 'all' ? '' : ` (${label(r, 'institution', lang)})`}`);
    const years = [...new Set(groups.map((g) => formatYear(g.year)))];
    const partial = groups.filter((g) => g.total < 98).map((g) => g.label);
    // Largest change: the same category and institution published in the first and last year.
    let change = '';
    const first = Math.min(...groups.map((g) => g.year));
    if (first !== latestYear) {
      let best: { c: string; a: number; b: number } | null = null;
      for (const r of latest) {
        const old = rows.find((o) => num(o, 'year') === first && str(o, 'category') === str(r, 'category') && str(o, 'institution') === str(r, 'institution'));
        if (old && (!best || Math.abs(num(r, 'value') - num(old, 'value')) > Math.abs(best.b - best.a))) {
          best = { c: label(r, 'category', lang), a: num(old, 'value'), b: num(r, 'value') };
        }
      }
      if (best) {
        change = t('qualifications-composition.change', lang, {
          category: best.c, fromYear: first, from: formatPercent(best.a, lang), toYear: latestYear, to: formatPercent(best.b, lang),
        });
      }
    }
    const partialText = partial.length ? t('qualifications-composition.partial', lang, { groups: formatList(partial, lang) }) : '';
    const text = t('qualifications-composition.describe', lang, {
      cadre, what, years: formatList(years, lang), year: latestYear, parts: parts.join(punct(lang).comma), change, partial: partialText,
    });
    return lang === 'zh' ? text : text.replace(/\s+/g, ' ').trim();
  },
});

export default qualificationsComposition;
