import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Row } from '../../../../../src/charts/definition.ts';
import { chartColour, LAYERS, matchingRows } from '../../../../../src/client/own-table/layers.ts';
import type { OwnRow } from '../../../../../src/client/own-table/read.ts';

const row = (over: Partial<OwnRow>): OwnRow => ({
  obs_id: 'my.csv#2', theme: 'workforce', year: 2020, geo_level: 'national', geo_code: 'CHN', area: 'total', institution: 'all',
  cadre: 'nurses', measure: 'density', unit: 'per_1000', denominator: null, breakdown: null, category: null, programme: null,
  value: 3.34, value_published: '3.34', qualifier: null, precision: 2, unit_published: '人/千人口', definition: null,
  raw_file: 'my.csv', raw_row: 2, locator: '', flags: '', ...over,
});

const rows = [
  row({}),
  row({ cadre: 'physicians_assistants', value: 2.9 }),
  row({ area: 'urban', value: 5.4 }),
  row({ cadre: 'nurses', definition: 'pre2002', year: 1995, value: 0.9 }),
  row({ measure: 'headcount', unit: 'persons', value: 4_700_000 }),
  row({ geo_level: 'province', geo_code: '110000', value: 5.1 }),
  row({ cadre: 'gps', value: 0.3 }),
  row({ breakdown: 'education', category: 'bachelor', measure: 'share', unit: 'percent', value: 30 }),
];

test('each chart shows the reader rows of its own indicator only: same cadre, area, measure and unit, national, no breakdown', () => {
  const overview = matchingRows('overview-density-targets', rows, {});
  assert.deepEqual(overview.map((r) => [r.cadre, r.area, r.definition]), [['nurses', 'total', null], ['physicians_assistants', 'total', null], ['nurses', 'total', 'pre2002']]);
  const urbanRural = matchingRows('urban-rural-density', rows, { cadre: 'nurses' });
  assert.deepEqual(urbanRural.map((r) => [r.area, r.definition]), [['total', null], ['urban', null], ['total', 'pre2002']]);
  assert.deepEqual(matchingRows('urban-rural-density', rows, { cadre: 'gps' }).map((r) => r.value), [0.3]);
  assert.deepEqual(matchingRows('training-gps', rows, {}), [], 'a chart without a layer shows none');
});

test('rows of another definition are another series, never joined to the current one', () => {
  for (const [id, layer] of Object.entries(LAYERS)) {
    const current = layer.series(row({}) as unknown as Row);
    const earlier = layer.series(row({ definition: 'pre2002' }) as unknown as Row);
    assert.notEqual(current, earlier, id);
  }
});

test("a reader's series takes the colour the chart gives the same words", () => {
  const color = { domain: ['Licensed (assistant) physicians', 'Registered nurses'], range: ['#1f77b4', '#ff7f0e'] };
  assert.equal(chartColour(color, 'Registered nurses'), '#ff7f0e');
  assert.equal(chartColour(color, 'General practitioners'), undefined);
  assert.equal(chartColour(undefined, 'Registered nurses'), undefined);
});
