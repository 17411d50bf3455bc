/** Downloads of a free query's result: CSV (BOM, formula-safe, numbers as numbers), JSON, and Parquet read back by DuckDB. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { QueryResult } from '../../../../src/contract/query-result.ts';
import { resultCsv, resultJson, resultParquet } from '../../../../src/share/result-export.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const result: QueryResult = {
  columns: [
    { name: 'year', kind: 'number' }, { name: 'value', kind: 'number' }, { name: 'label', kind: 'text' },
    { name: 'is_preferred', kind: 'boolean' }, { name: 'flags', kind: 'list' },
  ],
  rows: [
    [2020, -1.5, '=HYPERLINK("x")', true, ['approximate', 'secondary']],
    [2021, null, '北京, "城市"', false, []],
    [2022, 3, null, null, null],
  ],
  capped: false,
  ms: 12,
};

test('CSV: BOM, header, negative numbers stay numbers, formulas neutralised, quotes and lists', () => {
  const csv = resultCsv(result);
  assert.ok(csv.startsWith('\uFEFFyear,value,label,is_preferred,flags\r\n'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines[1], `2020,-1.5,"'=HYPERLINK(""x"")",true,approximate; secondary`);
  assert.equal(lines[2], '2021,,"北京, ""城市""",false,');
  assert.equal(lines[3], '2022,3,,,');
});

test('JSON: the query, its data version, columns and rows by name', () => {
  const json = JSON.parse(resultJson(result, 'SELECT 1', 'abc'));
  assert.equal(json.sql, 'SELECT 1');
  assert.equal(json.data_version, 'abc');
  assert.equal(json.capped, false);
  assert.deepEqual(json.rows[0], { year: 2020, value: -1.5, label: '=HYPERLINK("x")', is_preferred: true, flags: ['approximate', 'secondary'] });
  assert.equal(json.rows[2].label, null);
});

test('Parquet: DuckDB reads back the same columns, types and values', async () => {
  const file = join(tempDir('explore-'), 'result.parquet');
  writeFileSync(file, new Uint8Array(resultParquet(result)));
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const types = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRowObjectsJS().map((r) => `${r.column_name}:${r.column_type}`);
  assert.deepEqual(types, ['year:INTEGER', 'value:DOUBLE', 'label:VARCHAR', 'is_preferred:BOOLEAN', 'flags:JSON']);
  const rows = (await conn.runAndReadAll(`SELECT year, value, label, is_preferred, flags::VARCHAR AS flags FROM '${file}'`)).getRowObjectsJS();
  assert.deepEqual(rows, [
    { year: 2020, value: -1.5, label: '=HYPERLINK("x")', is_preferred: true, flags: '["approximate","secondary"]' },
    { year: 2021, value: null, label: '北京, "城市"', is_preferred: false, flags: '[]' },
    { year: 2022, value: 3, label: null, is_preferred: null, flags: null },
  ]);
});
