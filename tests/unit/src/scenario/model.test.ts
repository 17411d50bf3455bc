import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  project, yearReached, entrantsNeeded, withConstantEntrants, extraIntakeNeeded, addIntake,
  sensitivityBand, sensitivityCorners, pipelineArrivals,
  type ModelInput, type Pipeline,
} from '../../../../src/scenario/model.ts';

const flow = (perYear: number, extra: Partial<Pipeline> = {}): Pipeline =>
  ({ id: 'residency', intake: perYear, inTraining: perYear, lag: 0, shareToGp: 1, ruralShare: 0, ...extra });

const base = (extra: Partial<ModelInput> = {}): ModelInput => ({
  startYear: 2023, horizon: 2026, startStock: 1000, startPopulation: 1_000_000,
  attrition: 0, popGrowth: 0, pipelines: [flow(100)], ...extra,
});

const close = (actual: number, expected: number, tol = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)), `${actual} ≉ ${expected}`);

test('zero attrition: stock grows by exactly the entrants each year', () => {
  const rows = project(base());
  assert.deepEqual(rows.map((r) => r.year), [2023, 2024, 2025, 2026]);
  assert.deepEqual(rows.map((r) => r.stock), [1000, 1100, 1200, 1300]);
  assert.deepEqual(rows.map((r) => r.density), [10, 11, 12, 13]);
  assert.deepEqual(rows.map((r) => r.leavers), [0, 0, 0, 0]);
  assert.deepEqual(rows.map((r) => r.entrants), [0, 100, 100, 100]);
});

test('zero entrants: stock decays geometrically', () => {
  const rows = project(base({ attrition: 0.1, pipelines: [] }));
  [1000, 900, 810, 729].forEach((v, i) => close(rows[i]!.stock, v));
  [0, 100, 90, 81].forEach((v, i) => close(rows[i]!.leavers, v));
});

test('three-year hand calculation with attrition and entrants', () => {
  // 1000 × 0.95 + 100 = 1050; 1050 × 0.95 + 100 = 1097.5; 1097.5 × 0.95 + 100 = 1142.625
  const rows = project(base({ attrition: 0.05 }));
  close(rows[1]!.stock, 1050);
  close(rows[2]!.stock, 1097.5);
  close(rows[3]!.stock, 1142.625);
  close(rows[3]!.leavers, 54.875);
  close(rows[3]!.density, 11.42625);
});

test('population growth lowers density for the same stock', () => {
  const rows = project(base({ popGrowth: 0.01, pipelines: [] }));
  close(rows[2]!.population, 1_020_100);
  close(rows[2]!.density, (1000 / 1_020_100) * 10_000);
});

test('lagged pipeline: cohorts in training arrive at the published level, new intake after the lag', () => {
  const p = flow(300, { id: 'order', inTraining: 100, lag: 3, shareToGp: 0.5 });
  // cohort 2021..2023 → arrivals 2024..2026 at 100 × 0.5; cohort 2024 → 2027 at 300 × 0.5
  assert.equal(pipelineArrivals(p, 2026, 2023), 50);
  assert.equal(pipelineArrivals(p, 2027, 2023), 150);
  const rows = project(base({ horizon: 2028, pipelines: [p] }));
  assert.deepEqual(rows.map((r) => r.entrants), [0, 50, 50, 50, 150, 150]);
  assert.deepEqual(rows.map((r) => r.byPipeline.order), [0, 50, 50, 50, 150, 150]);
});

test('urban/rural split: areas add up to the total and keep their own densities', () => {
  const input = base({
    horizon: 2033, attrition: 0.03, popGrowth: -0.002,
    pipelines: [flow(120, { ruralShare: 0.25 }), flow(40, { id: 'order', ruralShare: 0.9, lag: 2 })],
    split: { ruralStockShare: 0.4, ruralPopShare: 0.35 },
  });
  for (const r of project(input)) {
    close(r.urban!.stock + r.rural!.stock, r.stock);
    close(r.urban!.population + r.rural!.population, r.population);
    close(r.urban!.entrants + r.rural!.entrants, r.entrants);
    close(r.rural!.density, (r.rural!.stock / r.rural!.population) * 10_000);
  }
  const first = project(input)[1]!;
  // rural: 400 × 0.97 + 120 × 0.25 + 40 × 0.9 = 388 + 30 + 36
  close(first.rural!.stock, 454);
});

test('year a target is reached, and "not by the horizon"', () => {
  const rows = project(base({ horizon: 2030 })); // density 10, 11, … 17
  assert.equal(yearReached(rows, 12), 2025);
  assert.equal(yearReached(rows, 10), 2023);
  assert.equal(yearReached(rows, 17.5), null);
});

test('entrants needed: hand case and forward projection hits the target within 1e-9', () => {
  // zero attrition: 1000 + 2E = 1200 → E = 100
  close(entrantsNeeded(base(), 12, 2025), 100);
  const cases: Partial<ModelInput>[] = [
    { attrition: 0.025, popGrowth: 0.003 },
    { attrition: 0.1, popGrowth: -0.01 },
    { attrition: 0, popGrowth: 0.02 },
  ];
  for (const c of cases) {
    const input = base({ ...c, startStock: 561_800, startPopulation: 1_408_020_050, horizon: 2040 });
    const e = entrantsNeeded(input, 5, 2030);
    assert.ok(e > 0);
    const rows = project(withConstantEntrants(input, e));
    const at = rows.find((r) => r.year === 2030)!;
    assert.ok(Math.abs(at.density - 5) < 1e-9, `density ${at.density}`);
    assert.equal(yearReached(rows, 5), 2030, 'reached exactly in the target year, not before');
  }
  assert.ok(entrantsNeeded(base(), 9, 2025) < 0, 'already above target: no entrants needed');
});

test('extra intake needed: solved exactly, verified forward; too late when training outlasts the deadline', () => {
  const input = base({ horizon: 2035, attrition: 0.02, pipelines: [flow(50, { lag: 3 }), flow(30, { id: 'transfer', lag: 1 })] });
  const r = extraIntakeNeeded(input, 'residency', 16, 2032);
  assert.equal(r.kind, 'needed');
  if (r.kind !== 'needed') return;
  const at = project(addIntake(input, 'residency', r.extra)).find((x) => x.year === 2032)!;
  assert.ok(Math.abs(at.density - 16) < 1e-9);
  assert.deepEqual(extraIntakeNeeded(input, 'residency', 16, 2026), { kind: 'too-late', firstArrival: 2027 });
  assert.deepEqual(extraIntakeNeeded(input, 'residency', 5, 2030), { kind: 'on-track' });
});

test('sensitivity band: low ≤ central ≤ high and equal to the extremes over every corner', () => {
  const input = base({ horizon: 2040, attrition: 0.025, popGrowth: 0.001, pipelines: [flow(100), flow(20, { id: 'order', lag: 4, intake: 60 })] });
  const ranges = { attrition: 0.01, entrants: 0.2, popGrowth: 0.003 };
  const band = sensitivityBand(input, ranges);
  const central = project(input);
  const corners: ModelInput[] = [];
  for (const da of [-1, 1]) for (const de of [-1, 1]) for (const dg of [-1, 1]) {
    corners.push({ ...input, attrition: input.attrition + da * ranges.attrition, entrantsScale: 1 + de * ranges.entrants, popGrowth: input.popGrowth + dg * ranges.popGrowth });
  }
  const cornerRows = corners.map(project);
  band.forEach((b, i) => {
    assert.ok(b.low <= central[i]!.density + 1e-12 && central[i]!.density <= b.high + 1e-12, `year ${b.year}`);
    const ds = cornerRows.map((rows) => rows[i]!.density);
    close(b.low, Math.min(...ds));
    close(b.high, Math.max(...ds));
  });
  assert.ok(band.at(-1)!.high - band.at(-1)!.low > 0.1, 'band has width');
  assert.equal(sensitivityCorners({ ...input, attrition: 0.005 }, ranges).high.attrition, 0, 'attrition floor at 0');
});
