import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bindParams, normaliseRow } from '../../../../src/queries/runner.ts';

test('bindParams quotes strings, escapes quotes and inlines finite numbers', () => {
  assert.equal(bindParams('a = $a AND b = $b', { a: "it's", b: 3 }), "a = 'it''s' AND b = 3");
});

test('bindParams rejects missing parameters and non-finite numbers', () => {
  assert.throws(() => bindParams('a = $a', {}), /Missing parameter \$a/);
  assert.throws(() => bindParams('a = $a', { a: Number.NaN }), /finite/);
});

test('normaliseRow turns BigInt, dates, typed arrays and vector-likes into plain values', () => {
  const row = normaliseRow({
    n: 5n, d: new Date('2020-01-02T00:00:00Z'), list: ['a', 'b'], typed: new Int32Array([1, 2]),
    vec: { toArray: () => ['x', 'y'] }, nul: undefined,
  });
  assert.deepEqual(row, { n: 5, d: '2020-01-02', list: ['a', 'b'], typed: [1, 2], vec: ['x', 'y'], nul: null });
});
