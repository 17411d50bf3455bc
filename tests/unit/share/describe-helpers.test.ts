import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gapSentence, largestGap, latestRow, latestSentence } from '../../../src/lib/share/describe-helpers.ts';
import { snapshot } from './fixture.ts';

const rows = snapshot().rows;
const k = { x: 'year', y: 'value', series: 'area' };
const name = (r: Record<string, unknown>) => String(r.area_en);

test('latest row skips missing values', () => {
  const withGap = [...rows, { year: 2022, area: 'urban', value: null }];
  assert.equal(latestRow(withGap, k)!.year, 2020);
  assert.equal(latestSentence(withGap, k, 'en', name), 'The latest figure is for 2020, Cities: 4.25 per 1,000 population.');
});

test('largest gap between series at one year', () => {
  const g = largestGap(rows, k)!;
  assert.equal(g.x, 2020);
  assert.equal(Math.round(g.difference * 100) / 100, 2.19);
  assert.equal(gapSentence(rows, k, 'en', name), 'The largest gap is in 2020: Cities 4.25 per 1,000 population against Countryside 2.06 per 1,000 population.');
  assert.equal(gapSentence(rows, k, 'zh', (r) => String(r.area_zh)), '差距最大的是2020年：城市 4.25 每千人口，农村 2.06 每千人口。');
});

test('no rows: says so', () => {
  assert.equal(latestSentence([], k, 'zh'), '没有可显示的数据。');
  assert.equal(gapSentence([], k, 'zh', name), '');
});
