/**
 * Licensed (assistant) physicians and registered nurses per 1,000 population against the national targets
 * (nursing plans, Healthy China 2030, 14th Five-Year Plan). Figures under the pre-2002 definitions are their own
 * series (different colour), never joined to the current one.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, paren, punct, t } from '../../i18n/index.ts';
import { formatList, formatYear } from '../../lib/format.ts';
import { CATEGORICAL } from '../../lib/palette.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type Row } from '../definition.ts';
import { noFigures } from '../describe.ts';
import { breakMarks, breakPositions } from '../marks/breaks.ts';
import { seriesMarks } from '../marks/series.ts';
import { isTarget, mergeTargets, targetMarks, targetNotes, targetText } from '../marks/targets.ts';
import { label, num, str, yearDomain, yearTicks } from '../rows.ts';
import { valueText } from '../value-text.ts';

/** Fixed colours: current physicians/nurses, then their pre-2002 counterparts in lighter hues. */
const COLOURS: Record<string, string> = {
  physicians_assistants: CATEGORICAL[0]!, nurses: CATEGORICAL[1]!, doctors_pre2001: CATEGORICAL[5]!, nurses_pre2001: CATEGORICAL[3]!,
};

const overviewDensityTargets = defineChart({
  id: 'overview-density-targets',
  page: 'index',
  order: 1,
  title: bi('overview-density-targets.title'),
  subtitle: (_s, lang) => t('overview-density-targets.subtitle', lang),
  defaults: {},
  controls: [],
  query: () => ({ name: 'overview_density_targets', params: {} }),

  plot: (rows, _s, ctx) => {
    const { lang } = ctx;
    const series = (r: Row) => label(r, 'cadre', lang);
    const observed = rows.filter((r) => !isTarget(r));
    const domain = [...new Map(rows.map((r) => [str(r, 'cadre'), series(r)])).entries()];
    return {
      width: ctx.width,
      height: 380,
      marginRight: 16,
      x: { label: null, domain: yearDomain(rows, 1), tickFormat: formatYear, ticks: yearTicks(yearDomain(rows, 1), ctx.width < 560 ? 5 : 8) },
      y: { label: t('overview-density-targets.axis', lang), grid: true, zero: true },
      color: { domain: domain.map(([, l]) => l), range: domain.map(([c]) => COLOURS[c] ?? '#777'), legend: true },
      marks: [
        Plot.ruleY([0]),
        ...breakMarks(breakPositions(observed), lang),
        ...seriesMarks(observed, series, lang),
        ...targetMarks(rows.filter(isTarget), series, lang, ctx.width),
      ],
    };
  },

  notes: (rows, _s, lang) => targetNotes(rows, lang),

  table: () => [COL.kind, COL.cadre, COL.year, column('value', 'overview-density-targets.axis', 'number'), column('policy', 'col.plan'), COL.source],

  describe: (rows, _s, lang) => describeAgainstTargets(rows, lang, ['physicians_assistants', 'nurses']),
});

/** For each current series: latest value and year, and the next target with its plan. */
export function describeAgainstTargets(rows: Row[], lang: Lang, cadres: string[]): string {
  const parts: string[] = [];
  for (const c of cadres) {
    const obs = rows.filter((r) => !isTarget(r) && str(r, 'cadre') === c).sort((a, b) => num(a, 'year') - num(b, 'year'));
    const last = obs[obs.length - 1];
    if (!last) continue;
    const next = mergeTargets(rows.filter((r) => isTarget(r) && str(r, 'cadre') === c && num(r, 'year') >= num(last, 'year')))
      .sort((a, b) => num(a, 'year') - num(b, 'year'));
    const targets = next.length
      ? t('overview-density-targets.targets', lang, { targets: formatList(next.map((r) => targetText(r, lang) + paren(label(r, 'policy', lang), lang)), lang) })
      : '';
    parts.push(t('overview-density-targets.series', lang, {
      cadre: label(last, 'cadre', lang), year: num(last, 'year'), value: valueText(last, lang),
      firstYear: num(obs[0]!, 'year'), first: valueText(obs[0]!, lang), targets,
    }));
  }
  return parts.length ? parts.join(punct(lang).sentenceGap) : noFigures(lang);
}

export default overviewDensityTargets;
