/**
 * Marks shared by the charts that set a published series against policy targets (GPs per 10,000; physicians and
 * nurses per 1,000). Observed values: lines only between consecutive years, dots (hollow when the source is
 * secondary). Targets: an open diamond at the target year (a vertical bar when the target is a range, e.g. 2–3),
 * labelled with the value as printed and the policy in the tooltip. Series breaks: dashed vertical rules.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../lib/schema.ts';
import { formatNumber, formatYear } from '../lib/format.ts';
import type { Row } from './types.ts';
import { bool, label, num, paren, str, tr, withRuns } from './chart-rows.ts';

/** A background-coloured outline behind labels so they stay legible where they cross lines. */
export const HALO = { stroke: 'var(--plot-background, white)', strokeWidth: 3, paintOrder: 'stroke' } as const;

export const isTarget = (r: Row): boolean => str(r, 'kind') === 'target';

/** Published observations of one or more series, never bridging a missing year. */
export function observedMarks(rows: Row[], series: (r: Row) => string, lang: Lang): Plot.Markish[] {
  const tip = (r: Row) =>
    `${series(r)}\n${formatYear(num(r, 'year'))}: ${valueText(r, lang)} ${label(r, 'unit', lang)}`
    + (bool(r, 'is_secondary') ? `\n${tr(lang, '二手来源', 'Secondary source')}` : '')
    + `\n${tr(lang, '来源', 'Source')}: ${str(r, 'source_id')}`;
  return [
    Plot.lineY(withRuns(rows, series), { x: 'year', y: 'value', z: 'run', stroke: series, strokeWidth: 2 }),
    // Two marks, not a fill channel mixing 'white' with series names: a channel is either colours or scale values.
    Plot.dot(rows.filter((r) => !bool(r, 'is_secondary')), { x: 'year', y: 'value', stroke: series, fill: series, r: 3.5, strokeWidth: 1.5, title: tip }),
    Plot.dot(rows.filter((r) => bool(r, 'is_secondary')), { x: 'year', y: 'value', stroke: series, fill: 'var(--plot-background, white)', r: 3.5, strokeWidth: 1.5, title: tip }),
  ];
}

/** A value for labels: the canonical number (units differ from the printed 万人), with the printed form when it
 *  carries a qualifier ("nearly 190,000", "近70"), and "derived" when computed from two published figures. */
export function valueText(r: Row, lang: Lang): string {
  const v = num(r, 'value');
  const n = bigNumber(v, lang);
  if (bool(r, 'is_derived')) return n + paren(tr(lang, '推算', 'derived'), lang);
  const printed = str(r, 'value_published');
  return /[^\d.,\s]/.test(printed) && !isPlainNumber(printed, v) ? n + paren(printed, lang) : n;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, '万': 1e4, '亿': 1e8 };

/** "1.07 million", "107万": the same number in other words, no qualifier to keep (unlike "nearly 190,000"). */
export function isPlainNumber(printed: string, value: number): boolean {
  const m = printed.replace(/[,\s]/g, '').match(/^(\d+(?:\.\d+)?)(thousand|million|billion|万|亿)?$/i);
  if (!m) return false;
  const v = Number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1);
  return Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** Large counts without losing printed precision: "107万" / "1,070,000". */
export function bigNumber(v: number, lang: Lang): string {
  if (lang === 'zh' && Math.abs(v) >= 1e8) return `${formatNumber(v / 1e8, lang, 2)}亿`;
  return lang === 'zh' && Math.abs(v) >= 10000 ? `${formatNumber(v / 10000, lang, 2)}万` : formatNumber(v, lang);
}

/** "2020年目标 2–3": the target (a range when published as one), for labels and descriptions. */
export function targetText(r: Row, lang: Lang): string {
  const v = r.value_high != null ? `${bigNumber(num(r, 'value'), lang)}–${bigNumber(num(r, 'value_high'), lang)}` : bigNumber(num(r, 'value'), lang);
  return tr(lang, `${formatYear(num(r, 'year'))}年目标 ${v}`, `${formatYear(num(r, 'year'))} target ${v}`);
}

/** Whether targetMarks labels its diamonds at this width (charts placing other labels keep clear of them). */
export const targetLabelsShown = (width: number): boolean => width >= 560;

/** Where targetMarks draws a target's label: the top of the range, ending at the diamond, 12 px above. */
export const TARGET_LABEL = { textAnchor: 'end', dx: 0, dy: -12, fontSize: 11 } as const;
export const targetLabelY = (r: Row): number => (r.value_high != null ? num(r, 'value_high') : num(r, 'value'));

/** Distinct values joined once each ("A；B"), empty ones left out. */
const joinDistinct = (values: unknown[], sep: string): string =>
  [...new Set(values.map((v) => (v == null ? '' : String(v))).filter((v) => v !== ''))].join(sep);

/**
 * Targets set by several plans for the same series, year and value (e.g. 3.8 nurses per 1,000 by 2025 in both the
 * 14th Five-Year Plan and the nursing plan): one row, so one diamond and one label, with every plan, printed form
 * and source listed together.
 */
export function mergeTargets(targets: Row[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const r of targets) {
    const key = [str(r, 'cadre'), str(r, 'measure'), num(r, 'year'), num(r, 'value'), r.value_high ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((g) => g.length === 1 ? g[0]! : {
    ...g[0]!,
    policy_zh: joinDistinct(g.map((r) => r.policy_zh), '；'),
    policy_en: joinDistinct(g.map((r) => r.policy_en), '; '),
    value_published: joinDistinct(g.map((r) => r.value_published), ' / '),
    source_id: joinDistinct(g.map((r) => r.source_id), ', '),
  });
}

/** Target points or ranges with their policy; targets repeated by several plans are drawn once (mergeTargets). */
export function targetMarks(rows: Row[], colour: (r: Row) => string, lang: Lang, width = 640): Plot.Markish[] {
  const targets = mergeTargets(rows);
  const tip = (r: Row) =>
    `${targetText(r, lang)}${paren(`${tr(lang, '原文', 'as printed')}: ${str(r, 'value_published')}`, lang)}\n${label(r, 'policy', lang)}`
    + `\n${tr(lang, '来源', 'Source')}: ${str(r, 'source_id')}`;
  const ranges = targets.filter((r) => r.value_high != null);
  return [
    Plot.ruleX(ranges, { x: 'year', y1: 'value', y2: 'value_high', stroke: colour, strokeWidth: 5, strokeOpacity: 0.45 }),
    Plot.dot(targets, {
      x: 'year', y: (r: Row) => (r.value_high != null ? (num(r, 'value') + num(r, 'value_high')) / 2 : num(r, 'value')),
      symbol: 'diamond', r: 6, stroke: colour, strokeWidth: 2, fill: 'none', title: tip,
    }),
    // On a phone the labels would collide: the diamonds stay, the tooltip and data table carry the values.
    Plot.text(targetLabelsShown(width) ? targets : [], {
      x: 'year', y: targetLabelY, text: (r: Row) => targetText(r, lang), ...TARGET_LABEL, fill: colour, ...HALO,
    }),
  ];
}

/** Dashed rules where the definition changes, labelled once. */
export function breakMarks(breakYears: number[], lang: Lang): Plot.Markish[] {
  return [
    Plot.ruleX(breakYears, { x: (d: number) => d - 0.5, strokeDasharray: '4 3', stroke: '#777' }),
    Plot.text(breakYears, { x: (d: number) => d - 0.5, frameAnchor: 'top', text: () => tr(lang, '口径变化', 'Series break'), dy: 4, dx: 3, textAnchor: 'start', fontSize: 10, fill: '#555' }),
  ];
}

/** Years in [first, last] with no published observation: named in descriptions, never filled. */
export function missingYears(years: number[]): number[] {
  if (years.length === 0) return [];
  const have = new Set(years);
  const out: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) if (!have.has(y)) out.push(y);
  return out;
}

/** One line per target under the chart: what was set, for when, and by which policy (the label on the mark is short). */
export function targetNotes(rows: Row[], lang: Lang): string[] {
  return mergeTargets(rows.filter(isTarget)).sort((a, b) => num(a, 'year') - num(b, 'year')).map((r) =>
    tr(lang, `${targetText(r, lang)}：${label(r, 'policy', lang)}`, `${targetText(r, lang)}: ${label(r, 'policy', lang)}`)
    + (label(r, 'cadre', lang) && str(r, 'cadre') ? paren(label(r, 'cadre', lang), lang) : ''));
}
