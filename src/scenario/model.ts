/**
 * GP stock-and-flow projection. Pure functions, no DOM: the same code runs at build time (pre-rendered default
 * projection) and in the browser on every input change.
 *
 * Conventions (one year per step, t = startYear … horizon):
 *   stock[t] = stock[t−1] × (1 − attrition) + entrants[t]
 *   leavers[t] = stock[t−1] × attrition
 *   entrants[t] = Σ_pipelines shareToGp × intake of the cohort that started in year t − lag
 * Cohorts that started on or before startYear are already in training: they arrive at the published level
 * (`inTraining`); the reader's `intake` applies to cohorts starting from startYear + 1. A change of intake
 * therefore first shows up in year startYear + 1 + lag.
 * population[t] = population[startYear] × (1 + popGrowth)^(t − startYear); density = stock / population × 10,000.
 */

export type PipelineId = 'residency' | 'transfer' | 'assistant' | 'order';

export interface Pipeline {
  id: PipelineId;
  /** Persons per year in cohorts starting from startYear + 1. */
  intake: number;
  /** Persons per year in cohorts already in training at startYear. */
  inTraining: number;
  /** Whole years from the start of training to entering the GP workforce. */
  lag: number;
  /** Fraction of completers who enter the GP workforce (0–1). */
  shareToGp: number;
  /** Fraction of this pipeline's entrants who go to the countryside (0–1); used only with a split. */
  ruralShare: number;
}

export interface UrbanRuralSplit {
  /** Fraction of the starting GP stock in the countryside (0–1). */
  ruralStockShare: number;
  /** Fraction of the population in the countryside (0–1), held constant. */
  ruralPopShare: number;
}

export interface ModelInput {
  startYear: number;
  horizon: number;
  startStock: number;       // persons
  startPopulation: number;  // persons
  attrition: number;        // fraction leaving per year, 0 ≤ a < 1
  popGrowth: number;        // fraction per year, > −1
  pipelines: Pipeline[];
  /** Multiplier on every pipeline's arrivals (the sensitivity band varies it); 1 = as entered. */
  entrantsScale?: number;
  split?: UrbanRuralSplit | null;
}

export interface AreaYear { stock: number; population: number; density: number; entrants: number; leavers: number }

export interface ProjectionRow {
  year: number;
  stock: number;
  population: number;
  density: number;          // per 10,000 population
  entrants: number;         // arrivals counted in this year's stock (0 in the start year: not modelled)
  leavers: number;          // stock[t−1] × attrition (0 in the start year)
  byPipeline: Record<PipelineId, number>;
  urban?: AreaYear;
  rural?: AreaYear;
}

const PER = 10_000;

function emptyByPipeline(): Record<PipelineId, number> {
  return { residency: 0, transfer: 0, assistant: 0, order: 0 };
}

/** Arrivals from one pipeline in a year (persons), before entrantsScale. */
export function pipelineArrivals(p: Pipeline, year: number, startYear: number): number {
  const cohortYear = year - p.lag;
  const cohort = cohortYear <= startYear ? p.inTraining : p.intake;
  return cohort * p.shareToGp;
}

export function populationAt(input: ModelInput, year: number): number {
  return input.startPopulation * Math.pow(1 + input.popGrowth, year - input.startYear);
}

export function project(input: ModelInput): ProjectionRow[] {
  const { startYear, horizon, attrition: a, pipelines } = input;
  const scale = input.entrantsScale ?? 1;
  const split = input.split ?? null;
  const rows: ProjectionRow[] = [];
  let stock = input.startStock;
  let ruralStock = split ? stock * split.ruralStockShare : 0;
  let urbanStock = split ? stock - ruralStock : 0;

  const areaRow = (s: number, pop: number, entrants: number, leavers: number): AreaYear =>
    ({ stock: s, population: pop, density: (s * PER) / pop, entrants, leavers });

  for (let year = startYear; year <= horizon; year++) {
    const population = populationAt(input, year);
    const byPipeline = emptyByPipeline();
    let entrants = 0;
    let leavers = 0;
    let ruralEntrants = 0;
    let ruralLeavers = 0;
    let urbanLeavers = 0;
    if (year > startYear) {
      for (const p of pipelines) {
        const n = pipelineArrivals(p, year, startYear) * scale;
        byPipeline[p.id] += n;
        entrants += n;
        ruralEntrants += n * p.ruralShare;
      }
      leavers = stock * a;
      stock = stock - leavers + entrants;
      if (split) {
        ruralLeavers = ruralStock * a;
        urbanLeavers = urbanStock * a;
        ruralStock = ruralStock - ruralLeavers + ruralEntrants;
        urbanStock = urbanStock - urbanLeavers + (entrants - ruralEntrants);
      }
    }
    const row: ProjectionRow = { year, stock, population, density: (stock * PER) / population, entrants, leavers, byPipeline };
    if (split) {
      const ruralPop = population * split.ruralPopShare;
      row.rural = areaRow(ruralStock, ruralPop, ruralEntrants, ruralLeavers);
      row.urban = areaRow(urbanStock, population - ruralPop, entrants - ruralEntrants, urbanLeavers);
    }
    rows.push(row);
  }
  return rows;
}

/** Relative tolerance when comparing a projected density with a target (floating-point noise only). */
const REACH_TOLERANCE = 1e-9;

export function meetsTarget(density: number, target: number): boolean {
  return density >= target * (1 - REACH_TOLERANCE);
}

/** First projected year whose density meets the target; null = not by the horizon. */
export function yearReached(rows: ProjectionRow[], target: number): number | null {
  for (const r of rows) if (meetsTarget(r.density, target)) return r.year;
  return null;
}

/**
 * Constant total entrants per year (all pipelines together, arriving every year from startYear + 1 to
 * targetYear) that bring density exactly to the target in targetYear. Closed form from the geometric series
 *   S_n = S_0 q^n + E (1 − q^n) / (1 − q),  q = 1 − attrition,  n = targetYear − startYear
 * (S_n = S_0 + nE when attrition is 0). Returns the raw solution: ≤ 0 means the target is met with no entrants.
 */
export function entrantsNeeded(input: ModelInput, target: number, targetYear: number): number {
  const n = targetYear - input.startYear;
  if (n < 1) throw new RangeError('targetYear must be after startYear');
  const q = 1 - input.attrition;
  const stockNeeded = (target * populationAt(input, targetYear)) / PER;
  const qn = Math.pow(q, n);
  const growth = input.attrition === 0 ? n : (1 - qn) / (1 - q);
  return (stockNeeded - input.startStock * qn) / growth;
}

/** The same inputs with one constant flow in place of the pipelines: used to verify entrantsNeeded. */
export function withConstantEntrants(input: ModelInput, perYear: number): ModelInput {
  return {
    ...input,
    entrantsScale: 1,
    pipelines: [{ id: 'residency', intake: perYear, inTraining: perYear, lag: 0, shareToGp: 1, ruralShare: 0 }],
  };
}

export type ExtraIntakeResult =
  | { kind: 'needed'; extra: number }     // extra persons per year in cohorts from startYear + 1
  | { kind: 'on-track' }                  // the target year is met without extra places
  | { kind: 'too-late'; firstArrival: number }; // no new cohort can arrive by the target year

function densityAt(input: ModelInput, year: number): number {
  const rows = project({ ...input, horizon: year });
  return rows[rows.length - 1]!.density;
}

export function addIntake(input: ModelInput, id: PipelineId, extra: number): ModelInput {
  return { ...input, pipelines: input.pipelines.map((p) => (p.id === id ? { ...p, intake: p.intake + extra } : p)) };
}

/**
 * Extra places per year in one pipeline (from startYear + 1) needed to meet the target in targetYear.
 * Density in a given year is affine in the extra intake (the stock recursion is linear in every flow), so
 * evaluating it at 0 and 1 extra places gives the exact solution without iteration.
 */
export function extraIntakeNeeded(input: ModelInput, id: PipelineId, target: number, targetYear: number): ExtraIntakeResult {
  const pipeline = input.pipelines.find((p) => p.id === id);
  if (!pipeline) throw new RangeError(`no pipeline ${id}`);
  const firstArrival = input.startYear + 1 + pipeline.lag;
  const base = densityAt(input, targetYear);
  if (meetsTarget(base, target)) return { kind: 'on-track' };
  const slope = densityAt(addIntake(input, id, 1), targetYear) - base;
  if (firstArrival > targetYear || !(slope > 0)) return { kind: 'too-late', firstArrival };
  return { kind: 'needed', extra: (target - base) / slope };
}

export interface SensitivityRanges {
  /** ± fraction points on attrition (e.g. 0.01 = ±1 point). */
  attrition: number;
  /** ± fraction on all arrivals (e.g. 0.2 = ±20%). */
  entrants: number;
  /** ± fraction points on population growth. */
  popGrowth: number;
}

/**
 * Inputs of the low and high corners. Density falls as attrition rises, rises with arrivals and falls as
 * population grows (each monotone for non-negative flows), so the extremes over the box are these two corners.
 */
export function sensitivityCorners(input: ModelInput, r: SensitivityRanges): { low: ModelInput; high: ModelInput } {
  const scale = input.entrantsScale ?? 1;
  return {
    low: {
      ...input,
      attrition: input.attrition + r.attrition,
      entrantsScale: scale * (1 - r.entrants),
      popGrowth: input.popGrowth + r.popGrowth,
    },
    high: {
      ...input,
      attrition: Math.max(0, input.attrition - r.attrition),
      entrantsScale: scale * (1 + r.entrants),
      popGrowth: input.popGrowth - r.popGrowth,
    },
  };
}

export interface BandRow { year: number; low: number; high: number }

export function sensitivityBand(input: ModelInput, r: SensitivityRanges): BandRow[] {
  const { low, high } = sensitivityCorners(input, r);
  const lo = project(low);
  const hi = project(high);
  return lo.map((row, i) => ({ year: row.year, low: row.density, high: hi[i]!.density }));
}
