/** Precomputed answers survive their compact encoding exactly: every kind of value, in every row and column. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeAnswer, encodeAnswers, paramsKey } from '../../../../src/queries/answers.ts';

test('rows round-trip through the encoding: text, numbers, booleans, lists, nulls, missing columns', () => {
  const rows = [
    { geo_code: '110000', province_zh: '北京', value: 9.31, year: 1999, is_secondary: false, flags: ['derived'], note: null },
    { geo_code: '540000', province_zh: '西藏', value: null, year: 1999, is_secondary: true, flags: [], note: '≈ "quoted", 逗号' },
    { geo_code: '110000', province_zh: '北京', value: 0, year: 2000, is_secondary: false, flags: ['a', 'b'] },
  ];
  const file = encodeAnswers('q', 'v1', new Map([['k', rows], ['empty', []]]));
  assert.deepEqual(decodeAnswer(JSON.parse(JSON.stringify(file)), 'k'), rows.map((r) => ({ note: null, ...r })));
  assert.deepEqual(decodeAnswer(file, 'empty'), []);
  assert.equal(decodeAnswer(file, 'absent'), null);
  // Repeated text is stored once.
  assert.equal(file.strings.filter((s) => s === '北京').length, 1);
});

test('a parameter set has one key whatever the order of its parameters', () => {
  assert.equal(paramsKey({ a: 1, b: 'x' }), paramsKey({ b: 'x', a: 1 }));
  assert.notEqual(paramsKey({ a: 1 }), paramsKey({ a: '1' }));
});
