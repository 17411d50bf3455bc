/**
 * The Explore page's example questions run without error on the built data, with only the columns the browser
 * loads, and answer what their titles say.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE_QUERIES } from '../../../../src/queries/explore-examples.ts';
import { STRINGS } from '../../../../src/i18n/index.ts';
import { sqlRows } from '../../helpers/duckdb-sql.ts';

test('a dozen examples, each with a title in both languages', () => {
  assert.equal(EXAMPLE_QUERIES.length, 12);
  assert.equal(new Set(EXAMPLE_QUERIES.map((q) => q.id)).size, 12);
  for (const q of EXAMPLE_QUERIES) assert.ok(`explore.example.${q.id}` in STRINGS, q.id);
});

for (const q of EXAMPLE_QUERIES) {
  test(`example ${q.id} runs and returns rows`, async () => {
    const rows = await sqlRows(q.sql);
    assert.ok(rows.length > 0, `${q.id} returned no rows`);
  });
}

const example = (id: string) => EXAMPLE_QUERIES.find((q) => q.id === id)!.sql;

test('doctors by province: one row per province, Beijing first with 4.63 per 1,000 in 2018 (China Health Statistics Yearbook)', async () => {
  const rows = await sqlRows(example('doctorsByProvince'));
  assert.equal(new Set(rows.map((r) => r.province_en)).size, rows.length);
  assert.deepEqual([rows[0]!.province_en, rows[0]!.year, rows[0]!.value], ['Beijing', 2018, 4.63]);
});

test('disagreements: every figure listed has rows from at least two publications that differ', async () => {
  const rows = await sqlRows(example('disagreements'));
  const byFigure = Map.groupBy(rows, (r) => ['year', 'geo_code', 'area', 'cadre', 'measure', 'unit', 'category'].map((k) => r[k]).join('|'));
  for (const [key, group] of byFigure) {
    assert.ok(group.length >= 2, key);
    assert.equal(group.filter((r) => r.is_preferred).length, 1, key);
  }
});

test('approximate figures keep the qualifier as printed', async () => {
  const rows = await sqlRows(example('approximateFigures'));
  assert.ok(rows.every((r) => r.qualifier !== null));
  assert.ok(rows.some((r) => String(r.value_published).startsWith('约') && r.qualifier === 'about'));
});
