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

test('a column or list of column names that answers share is stored once, and each answer still decodes to its own rows', () => {
  const year = (y: number, values: number[]) => values.map((value, i) => ({ geo_code: ['110000', '120000'][i]!, year: y, value }));
  const file = JSON.parse(JSON.stringify(encodeAnswers('q', 'v1', new Map([['2020', year(2020, [1, 2])], ['2021', year(2021, [1, 3])]]))));
  assert.deepEqual(decodeAnswer(file, '2020'), year(2020, [1, 2]));
  assert.deepEqual(decodeAnswer(file, '2021'), year(2021, [1, 3]));
  assert.equal(file.names.length, 1);
  // the codes and the value 1 column of 2020… : geo_code once, each year once, each value column once
  assert.deepEqual(file.columns, [{ s: [0, 1] }, { k: 2020 }, { v: [1, 2] }, { k: 2021 }, { v: [1, 3] }]);
  assert.deepEqual(file.answers['2021'].data, [0, 3, 4]);
  // a list read from a shared column is the reader's own
  const lists = encodeAnswers('q', 'v1', new Map([['a', [{ years: [2020] }, { years: [2021] }]], ['b', [{ years: [2020] }, { years: [2021] }]]]));
  (decodeAnswer(lists, 'a')![0]!.years as number[]).push(1999);
  assert.deepEqual(decodeAnswer(lists, 'b')![0]!.years, [2020]);
});

test('a parameter set has one key whatever the order of its parameters', () => {
  assert.equal(paramsKey({ a: 1, b: 'x' }), paramsKey({ b: 'x', a: 1 }));
  assert.notEqual(paramsKey({ a: 1 }), paramsKey({ a: '1' }));
});
