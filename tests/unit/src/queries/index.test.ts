/**
 * Every named query runs in DuckDB (Node) over the built data and returns plain JS rows of the agreed shape;
 * the urban/rural queries return the published figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QUERIES, type QueryName } from '../../../../src/queries/index.ts';
import { createNodeRunner } from '../../../../src/queries/node.ts';
import { CHARTS } from '../../../helpers/charts.ts';
import { resolveControls } from '../../../../src/charts/frame-inputs.ts';
import type { Row } from '../../../../src/contract/rows.ts';

const runner = createNodeRunner();

function assertPlain(rows: Row[], name: string): void {
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      const ok = v === null || ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x !== 'bigint'));
      assert.ok(ok, `${name}.${k} is not a plain value: ${typeof v}`);
    }
  }
}

/** Parameter sets the charts actually use: defaults, and each control option one at a time. */
async function chartCalls(): Promise<{ name: QueryName; params: Record<string, string | number>; chart: string }[]> {
  const calls: { name: QueryName; params: Record<string, string | number>; chart: string }[] = [];
  for (const def of CHARTS) {
    calls.push({ ...def.query(def.defaults), chart: def.id });
    for (const c of def.controls) {
      const options = c.options ?? (c.optionsQuery ? await runner.query(c.optionsQuery) : []);
      for (const o of options.slice(0, 12)) {
        const value = typeof def.defaults[c.key] === 'number' ? Number(o.value) : String(o.value);
        calls.push({ ...def.query({ ...def.defaults, [c.key]: value }), chart: def.id });
      }
    }
  }
  return calls;
}

test('every named query without parameters runs and returns plain rows', async () => {
  for (const name of Object.keys(QUERIES) as QueryName[]) {
    if (QUERIES[name].includes('$')) continue;
    const rows = await runner.query(name);
    assertPlain(rows, name);
  }
});

test('options queries return a value and words for each option, the default among them', async () => {
  for (const def of CHARTS) {
    const controls = await resolveControls(def, runner);
    for (const { def: c, options } of controls) {
      if (!c.optionsQuery) continue;
      assert.ok(options.length > 0, `${def.id}.${c.key}: no options`);
      for (const o of options) assert.ok(o.value !== '' && o.label.zh && o.label.en, `${c.optionsQuery}: bad option ${JSON.stringify(o)}`);
      // The default must be offered (for the default of the control it depends on), or the pre-rendered view is
      // unreachable from the controls.
      const offered = options.filter((o) => o.for === undefined || o.for === String(def.defaults[c.dependsOn!]));
      assert.ok(offered.some((o) => o.value === String(def.defaults[c.key])), `${def.id}.${c.key}: default ${def.defaults[c.key]} not among options`);
    }
  }
});

test('no control offers a view without figures: every option (with the options offered alongside it) draws a value', async () => {
  const hasFigure = (rows: Row[]) => rows.some((r) => r.value !== null && r.value !== undefined);
  let views = 0;
  for (const def of CHARTS) {
    const controls = await resolveControls(def, runner);
    const dependents = controls.filter((c) => c.def.dependsOn);
    for (const { def: c, options } of controls.filter((x) => !x.def.dependsOn)) {
      for (const o of options) {
        const state = { ...def.defaults, [c.key]: typeof def.defaults[c.key] === 'number' ? Number(o.value) : o.value };
        const deps = dependents.filter((d) => d.def.dependsOn === c.key);
        const states = deps.length === 0 ? [state] : deps.flatMap((d) => d.options.filter((x) => x.for === o.value)
          .map((x) => ({ ...state, [d.def.key]: typeof def.defaults[d.def.key] === 'number' ? Number(x.value) : x.value })));
        assert.ok(states.length > 0, `${def.id}: ${c.key}=${o.value} is offered with no ${deps.map((d) => d.def.key).join(', ')} to go with it`);
        for (const st of states) {
          const { name, params } = def.query(st);
          assert.ok(hasFigure(await runner.query(name, params)), `${def.id}: the offered view ${JSON.stringify(st)} has no figure`);
          views += 1;
        }
      }
    }
  }
  assert.ok(views > 50, `only ${views} views checked`);
});

test('the province charts open on the most complete recent view: the latest year of the indicator with the most provinces', async () => {
  const years = await runner.query('coverage_province_years');
  const seriesOrder = (await runner.query('ur_province_series_options')).map((r) => String(r.value));
  const best = [...years].sort((a, b) => Number(b.n) - Number(a.n) || Number(b.value) - Number(a.value)
    || seriesOrder.indexOf(String(a.for)) - seriesOrder.indexOf(String(b.for)))[0]!;
  for (const def of CHARTS.filter((d) => d.id.startsWith('urban-rural-province'))) {
    assert.deepEqual([def.defaults.series, def.defaults.year], [best.for, best.value], def.id);
    assert.equal(best.n, 31);
  }
});

test('every chart query (defaults and each option) runs; every figure carries source_id and is_secondary', async () => {
  const calls = await chartCalls();
  assert.ok(calls.length > 10);
  for (const { name, params, chart } of calls) {
    const rows = await runner.query(name, params);
    assertPlain(rows, name);
    // A row without a value is a gap the chart shows (a province with no figure): it has no source.
    for (const r of rows.filter((x) => !('value' in x) || x.value !== null)) {
      assert.equal(typeof r.source_id, 'string', `${chart}/${name}: source_id`);
      assert.equal(typeof r.is_secondary, 'boolean', `${chart}/${name}: is_secondary`);
    }
  }
});

test('every parameterised query is used by some chart', async () => {
  const used = new Set((await chartCalls()).map((c) => c.name));
  for (const def of CHARTS) for (const c of def.controls) if (c.optionsQuery) used.add(c.optionsQuery);
  const unused = (Object.keys(QUERIES) as QueryName[]).filter((n) => QUERIES[n].includes('$') && !used.has(n));
  assert.deepEqual(unused, []);
});

