/**
 * Every named query runs in DuckDB (Node) over the built data and returns plain JS rows of the agreed shape;
 * the urban/rural queries return the published figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QUERIES, type QueryName } from '../../../src/lib/queries.ts';
import { createNodeRunner } from '../../../src/lib/duckdb-node.ts';
import { CHARTS } from '../../../src/charts/registry.ts';
import type { Row } from '../../../src/charts/types.ts';

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

test('every chart query (defaults and each option) runs; rows carry source_id and is_secondary when non-empty', async () => {
  const calls = await chartCalls();
  assert.ok(calls.length > 10);
  for (const { name, params, chart } of calls) {
    const rows = await runner.query(name, params);
    assertPlain(rows, name);
    for (const r of rows) {
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

test('village doctors and aides per 1,000 agricultural population: 1.79 in 1980, 1.19 in 2009 (CSY 2010 Table 21-34)', async () => {
  const rows = await runner.query('ur_village_series', { series: 'village_doctors_aides.density.per_1000.agricultural' });
  assert.equal(rows.find((r) => r.year === 1980)?.value, 1.79);
  assert.equal(rows.find((r) => r.year === 2009)?.value, 1.19);
  assert.equal(rows.find((r) => r.year === 2002), undefined, 'no 2002 row in the table: must stay a gap');
});

test('Beijing 1999 health technicians: 11.7万 = 117,000 (CSY 2000 Table 21-17)', async () => {
  const rows = await runner.query('ur_province_values', { series: 'health_technicians.headcount.persons.-', year: 1999 });
  assert.equal(rows.find((r) => r.geo_code === '110000')?.value, 117000);
  assert.equal(rows.length, 31);
});

test('WHO: China medical doctors per 10,000 = 22.27 in 2019', async () => {
  const rows = await runner.query('ur_world_lines', { cadre: 'medical_doctors', countries: 'BRA' });
  const china = rows.filter((r) => r.geo_code === 'CHN');
  assert.equal(china.find((r) => r.year === 2019)?.value, 22.27);
  assert.ok(rows.some((r) => r.geo_code === 'BRA'));
  assert.ok(rows.every((r) => r.geo_code === 'CHN' || r.geo_code === 'BRA'));
});

test('urban nurses per 1,000 in 2018 = 5.08, marked secondary (BMJ Open 2021 abstract)', async () => {
  const rows = await runner.query('ur_density_by_area', { cadre: 'nurses' });
  const urban = rows.find((r) => r.area === 'urban' && r.year === 2018);
  assert.equal(urban?.value, 5.08);
  assert.equal(urban?.is_secondary, true);
});

test('density and WHO comparison rows carry their unit code and labels (CSV unit column)', async () => {
  const density = await runner.query('ur_density_by_area', { cadre: 'nurses' });
  assert.ok(density.length > 0);
  for (const r of density) assert.deepEqual([r.unit, r.unit_zh, r.unit_en], ['per_1000', '每千人口', 'per 1 000 population']);
  const lines = await runner.query('ur_world_lines', { cadre: 'medical_doctors', countries: 'BRA' });
  const rank = await runner.query('ur_world_rank', { cadre: 'medical_doctors', countries: 'BRA', year: 2019 });
  assert.ok(lines.length > 0 && rank.length > 0);
  for (const r of [...lines, ...rank]) assert.deepEqual([r.unit, r.unit_zh, r.unit_en], ['per_10000', '每万人口', 'per 10 000 population']);
});
