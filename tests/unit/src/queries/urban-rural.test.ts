/** The urban/rural queries, run over the built data, return the published figures (checked against the source documents). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, runner } from '../../helpers/query.ts';

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
  for (const r of density) assert.deepEqual([r.unit, r.unit_zh, r.unit_en], ['per_1000', '每千人口', 'per 1,000 population']);
  const lines = await runner.query('ur_world_lines', { cadre: 'medical_doctors', countries: 'BRA' });
  const rank = await runner.query('ur_world_rank', { cadre: 'medical_doctors', countries: 'BRA', year: 2019 });
  assert.ok(lines.length > 0 && rank.length > 0);
  for (const r of [...lines, ...rank]) assert.deepEqual([r.unit, r.unit_zh, r.unit_en], ['per_10000', '每万人口', 'per 10,000 population']);
});
