/**
 * Policy targets against a published series: an open diamond at the target year (with a vertical bar when the
 * target is printed as a range, e.g. 2–3), labelled with the value and the policy in the tooltip; one line per
 * target under the chart. Targets set by several plans for the same value are drawn once.
 */
import * as Plot from '@observablehq/plot';
import type { Row } from '../../contract/rows.ts';
import type { Lang } from '../../contract/schema.ts';
import { paren, t } from '../../i18n/index.ts';
import { formatYear } from '../../lib/format.ts';
import { label, num, str } from '../rows.ts';
import { bigNumber } from '../value-text.ts';
import { HALO } from './style.ts';

export const isTarget = (r: Row): boolean => str(r, 'kind') === 'target';

/** "2020年目标 2–3": the target (a range when published as one), for labels and descriptions. */
export function targetText(r: Row, lang: Lang): string {
  const value = r.value_high != null
    ? `${bigNumber(num(r, 'value'), lang)}–${bigNumber(num(r, 'value_high'), lang)}`
    : bigNumber(num(r, 'value'), lang);
  return t('marks.target', lang, { year: formatYear(num(r, 'year')), value });
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
    source_zh: joinDistinct(g.map((r) => r.source_zh), '；'),
    source_en: joinDistinct(g.map((r) => r.source_en), '; '),
  });
}

/** Target points or ranges with their policy; targets repeated by several plans are drawn once (mergeTargets). */
export function targetMarks(rows: Row[], colour: (r: Row) => string, lang: Lang, width = 640): Plot.Markish[] {
  const targets = mergeTargets(rows);
  const tip = (r: Row) =>
    `${targetText(r, lang)}${paren(t('marks.asPrinted', lang, { printed: str(r, 'value_published') }), lang)}\n${label(r, 'policy', lang)}`
    + `\n${t('marks.source', lang, { source: label(r, 'source', lang) })}`;
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

/** One line per target under the chart: what was set, for when, and by which policy (the label on the mark is short). */
export function targetNotes(rows: Row[], lang: Lang): string[] {
  return mergeTargets(rows.filter(isTarget)).sort((a, b) => num(a, 'year') - num(b, 'year')).map((r) =>
    t('marks.targetNote', lang, { target: targetText(r, lang), policy: label(r, 'policy', lang) })
    + (str(r, 'cadre') && label(r, 'cadre', lang) ? paren(label(r, 'cadre', lang), lang) : ''));
}
