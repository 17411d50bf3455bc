import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartJson, chartJsonText } from '../../../../src/share/json-export.ts';
import { snapshot } from '../../helpers/share-fixture.ts';

test('JSON export carries metadata and exactly the drawn rows', () => {
  const s = snapshot();
  const j = JSON.parse(chartJsonText(s)) as ReturnType<typeof chartJson>;
  assert.equal(j.chart, 'urban-rural-density');
  assert.equal(j.site, 'China Health Workforce Data');
  assert.equal(j.data_version, 'a1b2c3d4e5f6');
  assert.deepEqual(j.state, { cadre: 'physicians', area: 'all' });
  assert.equal(j.rows.length, 4);
  assert.deepEqual(j.rows[0], { year: 2015, area: 'urban', area_label: 'Cities', value: 3.72, unit: 'per_1000',
    source: 'National Health and Family Planning Commission: China Health and Family Planning Statistical Yearbook 2016, Table 2-2-1' });
  assert.deepEqual(j.sources.map((x) => x.title), ['2016中国卫生和计划生育统计年鉴', '2021中国卫生健康统计年鉴']);
  assert.deepEqual(j.sources[1]!.read_from, [{ copy: '010baizhang.com', kind: 'mirror', url: 'http://010baizhang.com/b' }]);
  assert.doesNotMatch(chartJsonText(s), /yb2016|yb2021/, 'internal source ids never reach a download');
  assert.deepEqual(j.columns.map((c) => c.key), ['year', 'area', 'value']);
});

test('only sources used by the rows are listed; BIGINT becomes a number', () => {
  const s = snapshot({ rows: [{ year: 2020n, area: 'urban', value: 4.25, source_id: 'yb2021' }] });
  const j = chartJson(s);
  assert.deepEqual(j.sources.map((x) => x.title), ['2021中国卫生健康统计年鉴']);
  assert.equal(j.rows[0]!.year, 2020);
  assert.doesNotThrow(() => chartJsonText(s));
});
