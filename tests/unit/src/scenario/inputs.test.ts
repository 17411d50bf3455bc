import { test } from 'node:test';
import Papa from 'papaparse';
import assert from 'node:assert/strict';
import type { Row } from '../../../../src/contract/rows.ts';
import { baselineFromRows } from '../../../../src/scenario/baseline.ts';
import { defaultInputs, INPUT_KEYS, toModelInput, type ScenarioInputs } from '../../../../src/scenario/inputs.ts';
import { parseNumber, validateInputs } from '../../../../src/scenario/validate.ts';
import { decodeScenario, encodeScenario } from '../../../../src/scenario/url-codec.ts';
import { readState, writeState } from '../../../../src/lib/url-state.ts';
import scenarioProjection from '../../../../src/charts/definitions/scenario-projection.ts';
import { projectionCsv } from '../../../../src/scenario/csv.ts';
import { rangeTargetStatus, runScenario } from '../../../../src/scenario/run.ts';
import { rangeTargetLabel, rangeTargetText } from '../../../../src/scenario/text.ts';
import { describeView, viewFromState } from '../../../../src/charts/definitions/scenario-projection.ts';
import { createNodeRunner } from '../../../../src/queries/node.ts';
import { project } from '../../../../src/scenario/model.ts';

/** The published figures the scenario starts from, as the scenario_baseline query returns them. */
const row = (role: string, year: number, value: number, source: string, extra: Partial<Row> = {}): Row => ({
  role, year, value, value_published: String(value), unit: 'persons', source_id: source, is_secondary: false, is_approximate: false, ...extra,
});
const ROWS: Row[] = [
  row('gp_density', 2022, 3.28, 'sm-enjoyage-meeting'),
  row('gp_density', 2023, 3.99, '125-65-46-38-363453869'),
  row('gp_headcount', 2021, 435000, 'news-sciencenet-484988'),
  row('gp_headcount', 2023, 561800, 'chinagp-abstract9295', { is_secondary: true }),
  row('target_density', 2030, 5, 'fx361-3322348'),
  // The 2020 target, printed "2~3" (国办发〔2018〕3号 restating 国发〔2011〕23号): two rows, low and high.
  row('target_density_low', 2020, 2, 'fx361-3322348', { value_published: '2~3', policy_zh: '关于改革完善全科医生培养与使用激励机制的意见' }),
  row('target_density_high', 2020, 3, 'fx361-3322348', { value_published: '2~3', policy_zh: '关于改革完善全科医生培养与使用激励机制的意见' }),
  row('residency_gp_graduates', 2019, 20000, 'ohbaobei', { is_approximate: true }),
  row('transfer_intake', 2010, 15000, '39-a-1545604'),
  row('order_intake', 2017, 5810, 'news-cnhan-827544'),
  row('order_intake', 2020, 6822, 'hnzsks-1948'),
  row('order_rural_share', 2018, 90, 'mdweekly-detail'),
  row('assistant_cumulative', 2023, 60000, 'we-cnzlzc-4867'),
];
const b = baselineFromRows(ROWS);
const d = defaultInputs(b);

test('baseline: latest year with both GP headcount and density, published values and sources', () => {
  assert.equal(b.startYear, 2023);
  assert.equal(b.stock.value, 561800);
  assert.equal(b.stock.sourceId, 'chinagp-abstract9295');
  assert.equal(b.density.value, 3.99);
  assert.ok(Math.abs(b.impliedPopulation - (561800 / 3.99) * 10000) < 1e-6);
  assert.equal(b.order!.value, 6822, 'latest order-directed intake plan (2020)');
  assert.equal(b.target!.year, 2030);
});

test('defaults: published flows are data with year and source; the rest are labelled assumptions', () => {
  assert.equal(d.inputs.residency, 20000);
  assert.equal(d.inputs.transfer, 15000);
  assert.equal(d.inputs.order, 6822);
  assert.equal(d.inputs.orderRural, 90);
  assert.equal(d.inputs.target, 5);
  assert.equal(d.inputs.targetYear, 2030);
  const p = d.provenance;
  assert.equal(p.residency.kind, 'data');
  assert.equal(p.residency.kind === 'data' && p.residency.figure.year, 2019);
  for (const k of ['attrition', 'popGrowth', 'residencyShare', 'assistant', 'ruralStock', 'ruralPop', 'ruralEntrants'] as const) {
    assert.equal(p[k].kind, 'assumption', k);
  }
  // The assistant-GP total the default is spread from, cited as published: a bound stays a bound in both languages.
  const near = defaultInputs(baselineFromRows([...ROWS.filter((r) => r.role !== 'assistant_cumulative'),
    row('assistant_cumulative', 2023, 60000, 'we-cnzlzc-4867', { value_published: '近6', qualifier: 'nearly' })])).provenance.assistant;
  assert.match(near.kind === 'assumption' ? near.note!.zh : '', /（2023 年：近6万人）/);
  assert.match(near.kind === 'assumption' ? near.note!.en : '', /\(2023: nearly 60,000\)/);
  assert.match(p.assistant.kind === 'assumption' ? p.assistant.note!.en : '', /\(2023: 60,000\)/, 'an exact total has no qualifier');
  // The starting projection row is the published point itself.
  const rows = project(toModelInput(d.inputs, b, d.inputs));
  assert.equal(rows[0]!.stock, 561800);
  assert.ok(Math.abs(rows[0]!.density - 3.99) < 1e-12);
});

test('validation refuses negative rates, attrition ≥ 100%, a target year before the start, non-numbers', () => {
  const bad = (patch: Partial<ScenarioInputs>) => validateInputs({ ...d.inputs, ...patch }, b.startYear);
  assert.deepEqual(bad({}), {});
  assert.ok(bad({ attrition: -1 }).attrition);
  assert.ok(bad({ attrition: 100 }).attrition);
  assert.ok(bad({ attrition: 99.9 }).attrition === undefined);
  assert.ok(bad({ residency: -5 }).residency);
  assert.ok(bad({ targetYear: 2020 }).targetYear);
  assert.ok(bad({ targetYear: 2023 }).targetYear, 'the start year itself is refused');
  assert.ok(bad({ targetYear: 2045, horizon: 2040 }).targetYear, 'after the horizon');
  assert.ok(bad({ target: Number.NaN }).target);
  assert.ok(bad({ attrition: 99, rangeAttrition: 1 }).rangeAttrition, 'band corner would reach 100%');
  assert.ok(bad({ residencyShare: 101 }).residencyShare);
  assert.ok(bad({ popGrowth: -0.5 }).popGrowth === undefined, 'a shrinking population is allowed');
  assert.ok(Number.isNaN(parseNumber('abc')));
  assert.ok(Number.isNaN(parseNumber('')));
  assert.ok(Number.isNaN(parseNumber('1e')));
  assert.equal(parseNumber(' 20,000 '), 20000);
  assert.equal(parseNumber('-0.25'), -0.25);
});

test('URL codec: round trip is exact, versioned, and ignores malformed values', () => {
  const s = { name: 'Fast_track 快', inputs: { ...d.inputs, attrition: 3.1, popGrowth: -0.15, residency: 27500.5, split: 1 } };
  const text = encodeScenario(s);
  assert.ok(text.startsWith('v1_'));
  const back = decodeScenario(text)!;
  assert.equal(back.name, 'Fast_track 快');
  for (const k of INPUT_KEYS) assert.equal(back.inputs[k], s.inputs[k], k);
  assert.equal(decodeScenario(text.replace(/^v1_/, 'v2_')), null, 'unknown version');
  assert.equal(decodeScenario('v1_1_2_3'), null, 'too few values');
  assert.equal(decodeScenario(text.replace('3.1', 'abc')), null, 'not a number');

  // Scenarios travel as the scenario chart's state (client/chart-section.ts writes it with url-state.ts).
  const spec = (prefixed: boolean) => ({ id: scenarioProjection.id, defaults: scenarioProjection.defaults, allowed: {}, prefixed });
  const state = { s1: encodeScenario(s), s2: encodeScenario({ name: '', inputs: d.inputs }), s3: '', active: 2 };
  const params = writeState(spec(true), state, new URLSearchParams('other.key=1'));
  assert.equal(params.get('other.key'), '1', 'other charts keep their parameters');
  const read = readState(spec(true), new URLSearchParams(params.toString()));
  assert.equal(read.active, 2);
  assert.equal(decodeScenario(String(read.s1))!.inputs.attrition, 3.1);
  assert.ok(decodeScenario(String(read.s2)));
  const clean = writeState(spec(true), scenarioProjection.defaults, new URLSearchParams());
  assert.equal(clean.toString(), '', 'the default scenario leaves the URL clean');
  const embed = writeState(spec(false), { ...scenarioProjection.defaults, s1: encodeScenario(s) }, new URLSearchParams());
  assert.ok(embed.has('s1') && !embed.has('scenario-projection.s1'), 'no prefix on embed pages');
});

test('CSV: BOM, assumption header as comment lines, one row per scenario and year, formula-safe names', () => {
  const scenarios = [{ name: '=HYPERLINK("x")', inputs: d.inputs }];
  const results = scenarios.map((s) => runScenario(s.inputs, b, d.inputs));
  const sources = new Map([['ohbaobei', { id: 'ohbaobei', title: 'China Daily 2019', url: 'http://example.org/a' }]]);
  const csv = projectionCsv(scenarios, results, b, d, sources, 'en', 'http://127.0.0.1/en/scenario/');
  assert.ok(csv.startsWith('\uFEFF#'));
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  const comments = lines.filter((l) => l.startsWith('#') || l.startsWith('"#'));
  assert.ok(comments.some((l) => l.includes('Attrition = 2.5 %/year') && l.includes('ASSUMPTION')));
  assert.ok(comments.some((l) => l.includes('GP residency completers = 20000') && l.includes('published 2019') && l.includes('China Daily 2019')));
  const header = lines[comments.length]!;
  assert.ok(header.startsWith('scenario,year,kind,gps,population,gps_per_10000'));
  const data = lines.slice(comments.length + 1);
  assert.equal(data.length, d.inputs.horizon - b.startYear + 1);
  assert.ok(data[0]!.startsWith(`"'=HYPERLINK(""x"")",2023,start (published),561800,`), data[0]);
  const y2028 = data.find((l) => l.includes(',2028,'))!.split(',');
  assert.ok(Number(y2028[5]) >= 5, 'the default scenario meets 5 per 10,000 in 2028');
});

/** Every cell a spreadsheet would make of a CSV line, split at commas or (some locales) semicolons. */
const spreadsheetCells = (csv: string) => [',', ';'].flatMap((delimiter) => Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true }).data.flat());
const FORMULA = /^\s*[=+\-@]/;

test('CSV: a scenario name from a shared link never becomes a formula, in comment lines or rows, split at commas or semicolons', () => {
  for (const hostile of ['x,=HYPERLINK("http://evil.example/","click")', 'x;=1+1', 'x, "=cmd|\' /C calc\'!A0"', 'x,@SUM(1)', 'x,\t=1', 'x, +1']) {
    const decoded = decodeScenario(encodeScenario({ name: hostile, inputs: d.inputs }))!;
    const scenarios = [decoded];
    const csv = projectionCsv(scenarios, scenarios.map((s) => runScenario(s.inputs, b, d.inputs)), b, d, new Map(), 'en', 'http://127.0.0.1/en/scenario/');
    assert.ok(csv.includes('# Scenario A: x'), 'the name is still written');
    const live = spreadsheetCells(csv).filter((c) => FORMULA.test(c) && !Number.isFinite(Number(c)));
    assert.deepEqual(live, [], hostile);
  }
});

test('CSV and names: control and bidirectional-override characters in a name from a link are removed', () => {
  const decoded = decodeScenario(encodeScenario({ name: 'abc\u202Egnp.exe\u2066x\u200F\u0007\u0085', inputs: d.inputs }))!;
  assert.equal(decoded.name, 'abcgnp.exex');
  const text = `v1_${INPUT_KEYS.map((k) => d.inputs[k]).join('_')}_${encodeURIComponent('\u202Eevil')}`;
  assert.equal(decodeScenario(decodeURIComponent(text))!.name, 'evil');
});

test('2020 range target: both published ends, judged at the lower bound from the published history', () => {
  assert.equal(b.target!.value, 5, 'the point target is still the 2030 one');
  const r = b.targetRange!;
  assert.equal(r.year, 2020);
  assert.equal(r.low.value, 2);
  assert.equal(r.high.value, 3);
  assert.equal(r.low.sourceId, 'fx361-3322348');
  assert.equal(r.low.policy.zh, '关于改革完善全科医生培养与使用激励机制的意见');
  // History here: 2022 3.28, 2023 3.99 → the first published year at or above 2 is 2022; no figure for 2020.
  const st = runScenario(d.inputs, b, d.inputs).rangeTarget!;
  assert.equal(st.reached, 2022);
  assert.equal(st.reachedInHistory, true);
  assert.equal(st.inTargetYear, null);
  assert.equal(rangeTargetLabel(st, 'zh'), '2020 年目标 2–3');
  assert.equal(rangeTargetLabel(st, 'en'), '2020 target: 2–3');
  assert.match(rangeTargetText(st, 'en'), /counted as reached at its lower bound \(2\)/);
  assert.match(rangeTargetText(st, 'zh'), /按下限 2 判断/);
});

test('range target: gap years are named, the target year is placed in the range, the projection decides if history does not', () => {
  const hist = (y: number, v: number) => row('gp_density', y, v, 's');
  const extra = [hist(2016, 1.5), hist(2018, 2.22), hist(2020, 2.9)];
  const b2 = baselineFromRows([...ROWS, ...extra]);
  const st = rangeTargetStatus(b2, [])!;
  assert.equal(st.reached, 2018);
  assert.equal(st.lastBelow!.year, 2016);
  assert.equal(st.inTargetYear!.value, 2.9);
  assert.equal(rangeTargetText(st, 'en'),
    'The 2020 target is 2–3 GPs per 10,000, counted as reached at its lower bound (2). Published: 2.22 in 2018, at or above the lower bound (no figure for 2017; 1.5 in 2016). 2020: 2.9 published, within the range.');
  assert.equal(rangeTargetText(st, 'zh'),
    '2020 年目标为每万人口 2–3 名，按下限 2 判断是否达到。公布数字 2018 年为 2.22，已达到下限（2017 年无数据，2016 年为 1.5）。2020 年公布为 2.9，在目标范围内。');
  // A lower bound above every published figure is judged on the projection (start year excluded: it is history).
  const high = ROWS.map((r) => (r.role === 'target_density_low' ? { ...r, value: 4.5 } : r.role === 'target_density_high' ? { ...r, value: 6 } : r));
  const b3 = baselineFromRows(high);
  const res = runScenario(d.inputs, b3, d.inputs);
  assert.equal(res.rangeTarget!.reachedInHistory, false);
  assert.equal(res.rangeTarget!.reached, res.rows.find((x) => x.density >= 4.5)!.year);
  // Only one end published: no range.
  assert.equal(baselineFromRows(ROWS.filter((r) => r.role !== 'target_density_high')).targetRange, null);
});

test('scenario_baseline over the built data: 2020 target 2 and 3 per 10,000 from the 2018 State Council General Office opinion', async () => {
  const rows = await createNodeRunner().query('scenario_baseline');
  const low = rows.find((r) => r.role === 'target_density_low')!;
  const high = rows.find((r) => r.role === 'target_density_high')!;
  assert.deepEqual([low.year, low.value, high.year, high.value], [2020, 2, 2020, 3]);
  assert.equal(low.source_id, 'fx361-3322348');
  assert.equal(low.value_published, '2~3');
  assert.equal(low.policy_zh, '关于改革完善全科医生培养与使用激励机制的意见');
  const live = baselineFromRows(rows);
  assert.equal(live.target!.value, 5);
  assert.equal(live.target!.year, 2030);
  const st = runScenario(defaultInputs(live).inputs, live, defaultInputs(live).inputs).rangeTarget!;
  assert.equal(st.reached, 2018, 'published 2.22 in 2018 (after 1.5 in 2016; no 2017 figure)');
  assert.equal(st.inTargetYear!.value, 2.9);
  const text = describeView(viewFromState(rows, { s1: '', s2: '', s3: '', active: 1 }), 'en');
  assert.match(text, /The 2020 target is 2–3 GPs per 10,000, counted as reached at its lower bound \(2\)\. Published: 2\.22 in 2018/);
});
