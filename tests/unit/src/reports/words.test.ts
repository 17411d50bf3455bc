import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueText } from '../../../../src/reports/words.ts';

const figure = (value: number, qualifier: string | null, unit: string, value_max: number | null = null) =>
  ({ value, value_max, qualifier, unit, kind: 'headcount', year: '2023', year_flag: 'ok' });

test('a qualified figure: as printed on Chinese pages, its meaning in words on English ones', () => {
  assert.equal(valueText(figure(30, '近', 'percent'), 'zh'), '近30%');
  assert.equal(valueText(figure(30, '近', 'percent'), 'en'), 'nearly 30%');
  assert.equal(valueText(figure(4, '以上', 'per-10000-population'), 'zh'), '4以上 人/万人口');
  assert.equal(valueText(figure(4, '以上', 'per-10000-population'), 'en'), 'at least 4 per 10,000 population');
  assert.equal(valueText(figure(5800, '余', 'person-times'), 'en'), 'more than 5,800 person-times');
  assert.equal(valueText(figure(15, null, 'persons'), 'en'), '15 persons');
  assert.equal(valueText(figure(20000, null, 'yuan', 90000), 'en'), '20,000–90,000 yuan');
  // no bound in 多达 ("as many as"): kept as printed
  assert.equal(valueText(figure(500, '多达', 'persons'), 'en'), '多达500 persons');
});
