import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createFromCsvSql, rowsCsv } from '../../../../../src/client/csv-table.ts';
import { myRowsColumns, MY_ROWS_TYPES } from '../../../../../src/client/own-table/my-rows.ts';
import type { OwnRow } from '../../../../../src/client/own-table/read.ts';

const row = (over: Partial<OwnRow>): OwnRow => ({
  obs_id: 'x#2', theme: 'workforce', year: 2020, geo_level: 'national', geo_code: 'CHN', area: 'rural', institution: 'all',
  cadre: 'physicians_assistants', measure: 'density', unit: 'per_1000', denominator: null, breakdown: null, category: null,
  programme: null, value: 2.06, value_published: '2.06', qualifier: null, precision: 2, unit_published: '人/千人口', definition: null,
  raw_file: "reader's table.csv", raw_row: 2, locator: 'table 1', flags: '', ...over,
});

test('my_rows as DuckDB loads it: every row, its types, nulls, empty text and quotes as given', async () => {
  const rows = [row({}), ...Array.from({ length: 600 }, (_, i) => row({ obs_id: `x#${i + 3}`, raw_row: i + 3, value: i, locator: "a'); DROP TABLE my_rows; --\"," }))];
  const dir = mkdtempSync(join(tmpdir(), 'my-rows-'));
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  try {
    const columns = myRowsColumns(rows);
    writeFileSync(join(dir, 'my_rows.csv'), rowsCsv(columns, MY_ROWS_TYPES));
    await conn.run(createFromCsvSql('my_rows', join(dir, 'my_rows.csv'), columns.names, MY_ROWS_TYPES));
    const back = (await conn.runAndReadAll('SELECT * FROM my_rows ORDER BY raw_row')).getRowObjectsJS();
    assert.equal(back.length, 601);
    assert.deepEqual({ ...back[0] }, { ...row({}) });
    assert.equal(back[600]!.locator, "a'); DROP TABLE my_rows; --\",");
    const types = (await conn.runAndReadAll(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'my_rows'`)).getRowObjectsJS();
    const byName = Object.fromEntries(types.map((t) => [t.column_name, t.data_type]));
    assert.equal(byName.value, 'DOUBLE');
    assert.equal(byName.year, 'INTEGER');
    assert.equal(byName.denominator, 'VARCHAR', 'a column null in every row keeps its type');
  } finally {
    conn.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
});
