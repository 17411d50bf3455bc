/**
 * Every named query runs in DuckDB (Node) over the built data and returns plain JS rows of the agreed shape;
 * the urban/rural queries return the published figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QUERIES, type QueryName } from '../../../../src/queries/index.ts';
import { createNodeRunner } from '../../../../src/queries/node.ts';
import { CHARTS } from '../../../helpers/charts.ts';
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

test('options queries return {value, label_zh, label_en} with at least one option', async () => {
  for (const def of CHARTS) {
    for (const c of def.controls) {
      if (!c.optionsQuery) continue;
      const rows = await runner.query(c.optionsQuery);
      assert.ok(rows.length > 0, `${def.id}.${c.key}: no options`);
      for (const r of rows) {
        assert.ok(r.value !== null && typeof r.label_zh === 'string' && typeof r.label_en === 'string', `${c.optionsQuery}: bad option ${JSON.stringify(r)}`);
      }
      // The default must be one of the options, or the pre-rendered view is unreachable from the controls.
      assert.ok(rows.some((r) => String(r.value) === String(def.defaults[c.key])), `${def.id}.${c.key}: default ${def.defaults[c.key]} not among options`);
    }
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

