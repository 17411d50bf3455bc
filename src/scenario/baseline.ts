/**
 * The published starting point of the scenario, read from the rows of the `scenario_baseline` query: the latest
 * figure per role, each with its year and source, and the GP density history. Nothing here is computed except
 * the implied population (stock ÷ density), which is labelled as derived wherever it is shown.
 */
import type { Row } from '../contract/rows.ts';

export type Role =
  | 'gp_density' | 'gp_headcount' | 'target_density' | 'target_density_low' | 'target_density_high'
  | 'residency_gp_graduates' | 'transfer_intake'
  | 'assistant_cumulative' | 'order_intake' | 'order_rural_share';

export interface Figure {
  role: Role;
  year: number;
  value: number;
  valuePublished: string;
  /** The qualifier the data build read beside the number (nearly, more_than …), '' for an exact figure. */
  qualifier: string;
  unit: string;
  sourceId: string;
  secondary: boolean;
  approximate: boolean;
  /** Targets only: the policy document that set it (from the source title), else ''. */
  policy: { zh: string; en: string };
}

/** A target printed as a range ("2–3 by 2020"): its two published ends, from the same year and source. */
export interface TargetRange { year: number; low: Figure; high: Figure }

export interface Baseline {
  startYear: number;
  stock: Figure;            // GP headcount in the start year
  density: Figure;          // GPs per 10,000 in the start year
  /** Population implied by the two published figures: stock ÷ density × 10,000 (derived, not published here). */
  impliedPopulation: number;
  target: Figure | null;    // latest GP density target
  targetRange: TargetRange | null; // latest GP density target printed as a range
  residency: Figure | null;
  transfer: Figure | null;
  assistantCumulative: Figure | null;
  order: Figure | null;
  orderRuralShare: Figure | null;
  densityHistory: Figure[];
}

function toFigure(r: Row): Figure {
  return {
    role: String(r.role) as Role,
    year: Number(r.year),
    value: Number(r.value),
    valuePublished: String(r.value_published ?? ''),
    qualifier: String(r.qualifier ?? ''),
    unit: String(r.unit ?? ''),
    sourceId: String(r.source_id ?? ''),
    secondary: r.is_secondary === true,
    approximate: r.is_approximate === true,
    policy: { zh: String(r.policy_zh ?? ''), en: String(r.policy_en ?? '') },
  };
}

export function baselineFromRows(rows: Row[]): Baseline {
  const figures = rows.map(toFigure).filter((f) => Number.isFinite(f.value) && Number.isFinite(f.year));
  const of = (role: Role) => figures.filter((f) => f.role === role).sort((a, b) => a.year - b.year);
  const latest = (role: Role): Figure | null => of(role).at(-1) ?? null;
  const densities = of('gp_density');
  const stocks = of('gp_headcount');
  // Start in the latest year with both a published headcount and a published density.
  const startYear = Math.max(...stocks.filter((s) => densities.some((d) => d.year === s.year)).map((s) => s.year));
  if (!Number.isFinite(startYear)) throw new Error('scenario_baseline: no year with both GP headcount and density');
  const stock = stocks.find((s) => s.year === startYear)!;
  const density = densities.find((d) => d.year === startYear)!;
  // A range counts only when both ends were published for the same year.
  const lows = of('target_density_low');
  const highs = of('target_density_high');
  const rangeYear = Math.max(...lows.filter((l) => highs.some((h) => h.year === l.year)).map((l) => l.year));
  const targetRange = Number.isFinite(rangeYear)
    ? { year: rangeYear, low: lows.find((l) => l.year === rangeYear)!, high: highs.find((h) => h.year === rangeYear)! }
    : null;
  return {
    startYear,
    stock,
    density,
    impliedPopulation: (stock.value / density.value) * 10_000,
    target: latest('target_density'),
    targetRange,
    residency: latest('residency_gp_graduates'),
    transfer: latest('transfer_intake'),
    assistantCumulative: latest('assistant_cumulative'),
    order: latest('order_intake'),
    orderRuralShare: latest('order_rural_share'),
    densityHistory: densities,
  };
}
