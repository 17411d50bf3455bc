/**
 * GPs per 10,000 people: published history (solid), up to three projected scenarios (dashed), the active
 * scenario's sensitivity band, the target line and a target printed as a range (grey band). The projection comes from the pure scenario model, so the same
 * plot() draws the pre-rendered page, the live explorer and /embed/scenario-projection/.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../contract/schema.ts';
import { bi, t } from '../../i18n/index.ts';
import { formatNumber, formatYear } from '../../lib/format.ts';
import { SCENARIO_COLOURS } from '../../lib/palette.ts';
import { baselineFromRows, type Baseline } from '../../scenario/baseline.ts';
import { scenarioName } from '../../scenario/csv.ts';
import { defaultInputs } from '../../scenario/inputs.ts';
import { runScenario, type ScenarioResult } from '../../scenario/run.ts';
import { rangeTargetLabel, rangeTargetText } from '../../scenario/text.ts';
import { decodeScenario, SCENARIO_CHART_ID, type NamedScenario } from '../../scenario/url-codec.ts';
import { validateInputs } from '../../scenario/validate.ts';
import { column, COL } from '../columns.ts';
import { defineChart, type RenderContext, type Row } from '../definition.ts';
import { coverageSentence } from '../describe.ts';
import { BACKGROUND, HALO } from '../marks/style.ts';


export interface ScenarioView {
  baseline: Baseline;
  scenarios: NamedScenario[];
  results: ScenarioResult[];
  active: number;
}

export interface ScenarioChartState extends Record<string, string | number> { s1: string; s2: string; s3: string; active: number }

/** The scenarios a chart state asks for; invalid or missing ones fall back to the published defaults. */
export function viewFromState(rows: Row[], state: ScenarioChartState): ScenarioView {
  const baseline = baselineFromRows(rows);
  const d = defaultInputs(baseline);
  const scenarios = [state.s1, state.s2, state.s3]
    .map((s) => (s ? decodeScenario(s) : null))
    .filter((s): s is NamedScenario => s !== null && Object.keys(validateInputs(s.inputs, baseline.startYear)).length === 0);
  if (scenarios.length === 0) scenarios.push({ name: '', inputs: d.inputs });
  const results = scenarios.map((s) => runScenario(s.inputs, baseline, d.inputs));
  const active = Math.min(Math.max(0, Number(state.active) - 1), scenarios.length - 1);
  return { baseline, scenarios, results, active };
}


export function projectionPlot(v: ScenarioView, ctx: RenderContext): Plot.PlotOptions {
  const { lang } = ctx;
  const { baseline: b } = v;
  const narrow = ctx.width < 520;
  // A line only joins consecutive published years: a year without a figure stays a gap.
  let run = 0;
  const history = b.densityHistory.map((f, i, all) => {
    if (i > 0 && f.year - all[i - 1]!.year > 1) run += 1;
    return { ...f, run };
  });
  const target = v.scenarios[v.active]!.inputs.target;
  const targetYear = v.scenarios[v.active]!.inputs.targetYear;
  const publishedTarget = b.target;
  const horizon = Math.max(...v.results.map((r) => r.rows.at(-1)!.year));
  const names = v.scenarios.map((s, i) => scenarioName(s, i, lang));
  const lines = v.results.flatMap((r, i) => r.rows.map((row) => ({ year: row.year, density: row.density, scenario: names[i]! })));
  const activeResult = v.results[v.active]!;
  const band = activeResult.band.slice(1);
  const split = activeResult.rows[0]!.urban
    ? activeResult.rows.flatMap((row) => [
      { year: row.year, density: row.urban!.density, area: t('scenario.chart.cities', lang) },
      { year: row.year, density: row.rural!.density, area: t('scenario.chart.countryside', lang) },
    ])
    : [];
  // Only the active scenario gets an end label: close lines would overprint; the table has every value.
  const ends = [{ year: activeResult.rows.at(-1)!.year, density: activeResult.rows.at(-1)!.density, scenario: names[v.active]! }];
  const reached = v.results.flatMap((r, i) => (r.reached !== null && !r.reachedInHistory ? [{ year: r.reached, density: target, scenario: names[i]! }] : []));
  const xMin = Math.min(history[0]?.year ?? b.startYear, b.startYear);
  // A range target (2–3 by 2020) is a grey band from the left edge to its year, ending in a bar at that year.
  const range = activeResult.rangeTarget && activeResult.rangeTarget.range.year >= xMin ? activeResult.rangeTarget : null;
  const rangeBand = range ? [{ x1: xMin, x2: range.range.year, y1: range.range.low.value, y2: range.range.high.value }] : [];
  const maxY = Math.max(target, ...rangeBand.map((r) => r.y2), ...lines.map((l) => l.density), ...band.map((x) => x.high), ...split.map((x) => x.density));
  const colour = { domain: names, range: SCENARIO_COLOURS.slice(0, names.length) as unknown as string[] };
  const targetText = t(publishedTarget && publishedTarget.value === target && publishedTarget.year === targetYear
    ? 'scenario.chart.targetMatches' : 'scenario.chart.targetOther', lang, { year: targetYear, value: formatNumber(target, lang) });

  return {
    height: narrow ? 300 : 380,
    marginRight: narrow ? 22 : 96,
    marginLeft: 40,
    x: { label: null, tickFormat: (y: number) => formatYear(y), ticks: narrow ? 5 : 10, domain: [xMin, horizon] },
    y: { label: t('scenario.chart.yLabel', lang), grid: true, domain: [0, Math.ceil(maxY * 1.08)] },
    color: { ...colour, legend: v.scenarios.length > 1 },
    marks: [
      Plot.ruleY([0]),
      Plot.rect(rangeBand, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'currentColor', fillOpacity: 0.1 }),
      Plot.ruleX(rangeBand, { x: 'x2', y1: 'y1', y2: 'y2', stroke: 'currentColor', strokeOpacity: 0.55, strokeWidth: 3 }),
      // Above the band's top left, like the target line's label: the early history runs below the band there.
      Plot.text(rangeBand, {
        // Narrow screens: the values on a second line, so the label ends before the history enters the band.
        x: 'x1', y: 'y2', textAnchor: 'start', lineAnchor: 'bottom', dy: -5,
        text: () => {
          const label = range ? rangeTargetLabel(range, lang) : '';
          return narrow ? label.replace(/ (?=\S+$)/, '\n') : label;
        },
        fontSize: narrow ? 11 : 12, fill: 'currentColor', ...HALO,
      }),
      Plot.areaY(band, { x: 'year', y1: 'low', y2: 'high', fill: SCENARIO_COLOURS[v.active], fillOpacity: 0.16 }),
      Plot.ruleY([target], { stroke: 'currentColor', strokeOpacity: 0.7, strokeDasharray: '2 3' }),
      Plot.ruleX([targetYear], { stroke: 'currentColor', strokeOpacity: 0.25 }),
      Plot.text([{ year: xMin, y: target }], {
        x: 'year', y: 'y', text: () => targetText, textAnchor: 'start', dy: -8, fontSize: 12, fontWeight: 600, fill: 'currentColor', ...HALO,
      }),
      Plot.line(split, { x: 'year', y: 'density', z: 'area', stroke: SCENARIO_COLOURS[v.active], strokeWidth: 1.25, strokeDasharray: '1 3' }),
      Plot.text(split.filter((s) => s.year === horizon), {
        x: 'year', y: 'density', text: 'area', fontSize: 11, fill: SCENARIO_COLOURS[v.active], ...HALO,
        // Narrow screens have no right margin for labels: put them just inside the plot, above the line end.
        ...(narrow ? { textAnchor: 'end' as const, dy: -8 } : { textAnchor: 'start' as const, dx: 6 }),
      }),
      Plot.line(lines, { x: 'year', y: 'density', stroke: 'scenario', strokeWidth: 2.25, strokeDasharray: '7 4' }),
      Plot.dot(reached, { x: 'year', y: 'density', stroke: 'scenario', fill: BACKGROUND, r: 4.5, strokeWidth: 2 }),
      Plot.line(history, { x: 'year', y: 'value', z: 'run', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.dot(history, {
        x: 'year', y: 'value', r: 3.5, stroke: 'currentColor', strokeWidth: 1.5,
        fill: (f: { secondary: boolean }) => (f.secondary ? BACKGROUND : 'currentColor'),
      }),
      narrow ? null : Plot.text(ends, {
        x: 'year', y: 'density', text: (e: { density: number }) => formatNumber(e.density, lang, 1), fill: 'scenario',
        textAnchor: 'start', dx: 6, fontSize: 12, fontWeight: 600,
      }),
      Plot.tip(lines, Plot.pointerX({
        x: 'year', y: 'density', stroke: 'scenario',
        title: (l: { year: number; density: number; scenario: string }) => `${l.scenario}\n${formatYear(l.year)}: ${formatNumber(l.density, lang)}`,
      })),
    ],
  };
}

export function describeView(v: ScenarioView, lang: Lang): string {
  const b = v.baseline;
  const start = t('scenario.chart.start', lang, { year: b.startYear, value: formatNumber(b.density.value, lang) });
  const parts = v.results.map((r, i) => {
    const s = v.scenarios[i]!;
    const target = formatNumber(s.inputs.target, lang);
    const reach = r.reached === null
      ? t('scenario.chart.notReaches', lang, { target, horizon: s.inputs.horizon })
      : t('scenario.chart.reaches', lang, { target, year: r.reached });
    return t('scenario.chart.scenarioResult', lang, {
      name: scenarioName(s, i, lang), reach, horizon: s.inputs.horizon, density: formatNumber(r.densityAtHorizon, lang),
    });
  });
  const range = v.results[v.active]!.rangeTarget;
  const rangeSentence = range ? ` ${rangeTargetText(range, lang)}` : '';
  return `${start} ${parts.join(lang === 'zh' ? '；' : '. ')}${lang === 'zh' ? '。' : '.'}${rangeSentence}`;
}

const scenarioProjection = defineChart<ScenarioChartState>({
  id: SCENARIO_CHART_ID,
  page: 'scenario',
  order: 1,
  title: bi('scenario.chart.title'),
  subtitle: (_s, lang) => t('scenario.chart.subtitle', lang),
  defaults: { s1: '', s2: '', s3: '', active: 1 },
  controls: [],
  query: () => ({ name: 'scenario_baseline', params: {} }),
  plot: (rows, state, ctx) => projectionPlot(viewFromState(rows, state), ctx),
  table: () => [column('role', 'scenario.col.role'), COL.year, COL.value, COL.published, COL.unit],
  describe: (rows, state, lang) => describeView(viewFromState(rows, state), lang),
  // What is published: the GP density history (the rest of the chart is projection, targets and assumptions).
  coverage: (rows, _s, lang) => coverageSentence(rows.filter((r) => r.role === 'gp_density'), lang),
  notes: (_rows, _s, lang) => [t('scenario.chart.note', lang)],
});

export default scenarioProjection;
