/** Arrow record batches (as DuckDB-WASM streams them) read into plain rows, up to a cap. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as arrow from 'apache-arrow';
import type { Cell } from '../../../../../src/contract/query-result.ts';
import { appendBatch, columnsOf } from '../../../../../src/client/explorer/result.ts';

const table = arrow.tableFromArrays({
  year: Int32Array.from([2019, 2020, 2021]),
  value: Float64Array.from([1.5, 2.25, 3]),
  big: BigInt64Array.from([1n, 2n, 3n]),
  name: ['a', 'b', null],
});

test('column kinds follow the Arrow types', () => {
  assert.deepEqual(columnsOf(table.schema).map((c) => `${c.name}:${c.kind}`), ['year:number', 'value:number', 'big:number', 'name:text']);
});

test('rows are plain values, BIGINT as numbers, nulls kept; a cap stops part-way through a batch', () => {
  const columns = columnsOf(table.schema);
  const rows: Cell[][] = [];
  const batch = table.batches[0]!;
  assert.equal(appendBatch(rows, batch, columns, 2), 2);
  assert.deepEqual(rows, [[2019, 1.5, 1, 'a'], [2020, 2.25, 2, 'b']]);
  const all: Cell[][] = [];
  appendBatch(all, batch, columns, 10);
  assert.deepEqual(all[2], [2021, 3, 3, null]);
});

test('lists become arrays and booleans stay booleans', () => {
  const flags = arrow.vectorFromArray([['a', 'b'], []], new arrow.List(new arrow.Field('item', new arrow.Utf8(), true)));
  const t = new arrow.Table({ flags, ok: arrow.vectorFromArray([true, false], new arrow.Bool()) });
  const columns = columnsOf(t.schema);
  assert.deepEqual(columns.map((c) => c.kind), ['list', 'boolean']);
  const rows: Cell[][] = [];
  appendBatch(rows, t.batches[0]!, columns, 10);
  assert.deepEqual(rows, [[['a', 'b'], true], [[], false]]);
});
