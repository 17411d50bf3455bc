/**
 * One scenario, fully evaluated: projection, sensitivity band, the year the target is reached, and the solved
 * entrants needed by the target year (each solution verified by projecting it forward). Pure; the page and the
 * chart both call this.
 */
import type { Baseline, Figure, TargetRange } from './baseline.ts';
import { toModelInput, toRanges, type ScenarioInputs } from './inputs.ts';
import {
  addIntake, entrantsNeeded, extraIntakeNeeded, meetsTarget, project, sensitivityBand, withConstantEntrants, yearReached,
  type BandRow, type ExtraIntakeResult, type ModelInput, type ProjectionRow,
} from './model.ts';

/**
 * A target printed as a range, judged at its lower bound: the first year (published history, then the projection)
 * at or above it. `lastBelow` is the published year before that, so a gap between the two can be said.
 */
export interface RangeTargetStatus {
  range: TargetRange;
  reached: number | null;
  reachedInHistory: boolean;
  /** The published figure that first meets the lower bound, if the history does. */
  reachedFigure: Figure | null;
  lastBelow: Figure | null;
  /** The published density in the target year itself, if there is one. */
  inTargetYear: Figure | null;
}

export function rangeTargetStatus(b: Baseline, rows: ProjectionRow[]): RangeTargetStatus | null {
  const range = b.targetRange;
  if (!range) return null;
  const history = b.densityHistory.filter((h) => h.year <= b.startYear);
  const i = history.findIndex((h) => meetsTarget(h.value, range.low.value));
  const reachedFigure = i >= 0 ? history[i]! : null;
  const lastBelow = i > 0 ? history[i - 1]! : null;
  return {
    range,
    reached: reachedFigure ? reachedFigure.year : yearReached(rows.slice(1), range.low.value),
    reachedInHistory: reachedFigure !== null,
    reachedFigure,
    lastBelow,
    inTargetYear: history.find((h) => h.year === range.year) ?? null,
  };
}

export interface ScenarioResult {
  model: ModelInput;
  rows: ProjectionRow[];
  band: BandRow[];
  /** First year (from the published history, then the projection) with density ≥ target; null = not by the horizon. */
  reached: number | null;
  reachedInHistory: boolean;
  densityAtHorizon: number;
  densityAtTargetYear: number;
  /** Constant total entrants a year from startYear + 1 that meet the target exactly in the target year. */
  entrantsNeeded: number;
  /** Entrants arriving in the target year under the scenario, to compare with entrantsNeeded. */
  entrantsAtTargetYear: number;
  /** Extra GP residency places a year (cohorts from startYear + 1). */
  extraResidency: ExtraIntakeResult;
  /** |density − target| in the target year when the solutions are projected forward (should be ~1e-12). */
  verification: { entrants: number; residency: number | null };
  /** The range target (e.g. 2–3 by 2020), judged at its lower bound; null when the data has none. */
  rangeTarget: RangeTargetStatus | null;
}

export function runScenario(x: ScenarioInputs, b: Baseline, defaults: ScenarioInputs): ScenarioResult {
  const model = toModelInput(x, b, defaults);
  const rows = project(model);
  const band = sensitivityBand(model, toRanges(x));
  const fromHistory = b.densityHistory.find((h) => h.year <= b.startYear && h.value >= x.target);
  const reachedProjected = yearReached(rows, x.target);
  const at = (rs: ProjectionRow[], year: number) => rs.find((r) => r.year === year)!;
  const atTarget = at(rows, x.targetYear);
  const needed = entrantsNeeded(model, x.target, x.targetYear);
  const check = at(project(withConstantEntrants(model, needed)), x.targetYear).density;
  const extraResidency = extraIntakeNeeded(model, 'residency', x.target, x.targetYear);
  const residencyCheck = extraResidency.kind === 'needed'
    ? Math.abs(at(project(addIntake(model, 'residency', extraResidency.extra)), x.targetYear).density - x.target)
    : null;
  return {
    model,
    rows,
    band,
    reached: fromHistory ? fromHistory.year : reachedProjected,
    reachedInHistory: fromHistory !== undefined,
    densityAtHorizon: rows[rows.length - 1]!.density,
    densityAtTargetYear: atTarget.density,
    entrantsNeeded: needed,
    entrantsAtTargetYear: atTarget.entrants,
    extraResidency,
    verification: { entrants: Math.abs(check - x.target), residency: residencyCheck },
    rangeTarget: rangeTargetStatus(b, rows),
  };
}
