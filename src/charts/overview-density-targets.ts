/**
 * Licensed (assistant) physicians and registered nurses per 1,000 population against the national targets
 * (nursing plans, Healthy China 2030, 14th Five-Year Plan). Figures under the pre-2002 definitions are their own
 * series (different colour), never joined to the current one.
 */
import type { Lang } from '../lib/schema.ts';
import { formatList, formatNumber } from '../lib/format.ts';
import { CATEGORICAL } from '../lib/palette.ts';
import type { ChartDefinition, Row } from './types.ts';
import { label, num, str, tr } from './chart-rows.ts';
import { breakMarks, isTarget, mergeTargets, observedMarks, targetMarks, targetNotes, targetText } from './series-with-targets.ts';
import * as Plot from '@observablehq/plot';

export type DensityTargetsState = Record<string, string | number>;

/** Fixed colours: current physicians/nurses, then their pre-2002 counterparts in lighter hues. */
const COLOURS: Record<string, string> = {
  physicians_assistants: CATEGORICAL[0]!, nurses: CATEGORICAL[1]!, doctors_pre2001: CATEGORICAL[5]!, nurses_pre2001: CATEGORICAL[3]!,
};

export const overviewDensityTargets: ChartDefinition<DensityTargetsState> = {
  id: 'overview-density-targets',
  page: 'overview',
  title: { zh: '每千人口医师和护士数与规划目标', en: 'Physicians and nurses per 1,000 population against national targets' },
  subtitle: (_s, lang) =>
    tr(lang, '人/千人口；菱形 = 规划目标；空心点 = 二手来源；2002年前口径单列', 'Per 1,000 population; diamonds = policy targets; hollow dots = secondary source; pre-2002 definitions shown separately'),
  defaults: {},
  controls: [],
  query: () => ({ name: 'overview_density_targets', params: {} }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const series = (r: Row) => label(r, 'cadre', lang);
    const observed = rows.filter((r) => !isTarget(r));
    const targets = rows.filter(isTarget);
    const domain = [...new Map(rows.map((r) => [str(r, 'cadre'), series(r)])).entries()];
    const years = rows.map((r) => num(r, 'year'));
    return {
      width: ctx.width,
      height: 380,
      marginRight: 16,
      x: { label: null, domain: years.length ? [Math.min(...years) - 1, Math.max(...years) + 1] : [0, 1], tickFormat: (d: number) => String(d), ticks: ctx.width < 560 ? 5 : 8 },
      y: { label: tr(lang, '人/千人口', 'per 1,000 population'), grid: true, zero: true },
      color: { domain: domain.map(([, l]) => l), range: domain.map(([c]) => COLOURS[c] ?? '#777'), legend: true },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(breakAfterOldDefinitions(observed), lang),
        ...observedMarks(observed, series, lang),
        ...targetMarks(targets, series, lang, ctx.width),
      ],
    };
  },

  notes: (rows, _s, lang) => targetNotes(rows, lang),

  table: () => [
    { key: 'kind', label: { zh: '类型', en: 'Kind' }, format: 'text' },
    { key: 'cadre', label: { zh: '人员类别', en: 'Staff group' }, format: 'text' },
    { key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' },
    { key: 'value', label: { zh: '人/千人口', en: 'Per 1,000 population' }, format: 'number' },
    { key: 'policy', label: { zh: '规划', en: 'Plan' }, format: 'text' },
    { key: 'source_id', label: { zh: '来源', en: 'Source' }, format: 'text' },
  ],

  describe: (rows, _s, lang) => describeAgainstTargets(rows, lang, ['physicians_assistants', 'nurses']),
};

/** The year after the last figure under an older definition (flagged series_break), when current figures follow. */
export function breakAfterOldDefinitions(observed: Row[]): number[] {
  const old = observed.filter((r) => r.series_break === true).map((r) => num(r, 'year'));
  const current = observed.filter((r) => r.series_break !== true).map((r) => num(r, 'year'));
  if (!old.length || !current.length) return [];
  return [Math.max(...old) + 1];
}

/** For each current series: latest value and year, and the next target with its plan. */
export function describeAgainstTargets(rows: Row[], lang: Lang, cadres: string[]): string {
  const parts: string[] = [];
  for (const c of cadres) {
    const obs = rows.filter((r) => !isTarget(r) && str(r, 'cadre') === c).sort((a, b) => num(a, 'year') - num(b, 'year'));
    const last = obs[obs.length - 1];
    if (!last) continue;
    const next = mergeTargets(rows.filter((r) => isTarget(r) && str(r, 'cadre') === c && num(r, 'year') >= num(last, 'year')))
      .sort((a, b) => num(a, 'year') - num(b, 'year'));
    const nextText = next.length
      ? tr(lang, `；目标：${formatList(next.map((t) => `${targetText(t, lang)}（${label(t, 'policy', lang)}）`), lang)}`,
        `; targets: ${formatList(next.map((t) => `${targetText(t, lang)} (${label(t, 'policy', lang)})`), lang)}`)
      : '';
    parts.push(tr(lang,
      `${label(last, 'cadre', lang)}${num(last, 'year')}年为每千人口${formatNumber(num(last, 'value'), lang)}人（${num(obs[0]!, 'year')}年为${formatNumber(num(obs[0]!, 'value'), lang)}）${nextText}`,
      `${label(last, 'cadre', lang)}: ${formatNumber(num(last, 'value'), lang)} per 1,000 in ${num(last, 'year')} (${formatNumber(num(obs[0]!, 'value'), lang)} in ${num(obs[0]!, 'year')})${nextText}`));
  }
  return parts.length ? parts.join(lang === 'zh' ? '。' : '. ') + (lang === 'zh' ? '。' : '.') : tr(lang, '没有公布的数据。', 'No published figures.');
}
