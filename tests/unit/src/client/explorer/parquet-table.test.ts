import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetColumns, parquetFromBuffer, queryParquet } from '../../../../../src/client/parquet-range.ts';
import { columnTypes, FilterError, parseColumns, parseFilter, tableName } from '../../../../../src/client/explorer/parquet-table.ts';
import { createFromCsvSql, rowsCsv } from '../../../../../src/client/csv-table.ts';

test('a Parquet file read by hyparquet becomes the same table in DuckDB: types, text with quotes and commas, empty text and NULL kept apart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parquet-table-'));
  const path = join(dir, 'in.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    await con.run(`CREATE TABLE src AS SELECT * FROM (VALUES
      (1, 10000000000::BIGINT, 1.5::DOUBLE, 'plain', true, DATE '2023-05-01', TIMESTAMP '2023-05-01 12:30:00', 12.34::DECIMAL(6,2), [1, 2]),
      (2, -3::BIGINT, NULL, 'a "quoted", comma
and a line', false, NULL, NULL, NULL, NULL),
      (3, NULL, -0.25, '', NULL, DATE '1949-10-01', NULL, 0.05::DECIMAL(6,2), []),
      (4, 7::BIGINT, 1e-7, NULL, true, NULL, NULL, NULL, NULL),
      (5, 8::BIGINT, 2.0, '每千人口 ''医师''', true, NULL, NULL, NULL, NULL)
    ) t(i, big, x, s, b, d, ts, dec, list)`);
    await con.run(`COPY src TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    const bytes = readFileSync(path);
    const file = parquetFromBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const types = columnTypes(file.metadata);
    assert.deepEqual(Object.fromEntries(types), {
      i: 'INTEGER', big: 'BIGINT', x: 'DOUBLE', s: 'VARCHAR', b: 'BOOLEAN', d: 'DATE', ts: 'TIMESTAMP', dec: 'DOUBLE', list: 'VARCHAR',
    });
    const rows = await queryParquet(file, parquetColumns(file), {});
    assert.equal(rows.length, 5);
    writeFileSync(join(dir, 'rows.csv'), rowsCsv(rows, types));
    await con.run(createFromCsvSql('loaded', join(dir, 'rows.csv'), rows.names, types));
    const described = (await con.runAndReadAll(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'loaded' ORDER BY ordinal_position`)).getRows();
    assert.deepEqual(described.map((r) => r.join(' ')), ['i INTEGER', 'big BIGINT', 'x DOUBLE', 's VARCHAR', 'b BOOLEAN', 'd DATE', 'ts TIMESTAMP', 'dec DOUBLE', 'list VARCHAR']);
    const compare = `SELECT i, big, x, s, b, d, ts, dec::DOUBLE AS dec FROM src`;
    const diff = (await con.runAndReadAll(`(${compare} EXCEPT SELECT i, big, x, s, b, d, ts, dec FROM loaded) UNION ALL (SELECT i, big, x, s, b, d, ts, dec FROM loaded EXCEPT ${compare})`)).getRows();
    assert.deepEqual(diff, [], 'every value as it was');
    const text = (await con.runAndReadAll(`SELECT i, s IS NULL AS missing, s FROM loaded WHERE i IN (3, 4) ORDER BY i`)).getRows();
    assert.deepEqual(text, [[3, false, ''], [4, true, null]]);
    assert.equal((await con.runAndReadAll(`SELECT list FROM loaded WHERE i = 1`)).getRows()[0]![0], '[1,2]');
  } finally {
    con.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a table name from a file name is a plain SQL name', () => {
  assert.equal(tableName('My Yearbook 2023.parquet'), 'my_yearbook_2023');
  assert.equal(tableName('C:\\data\\2023-density.PARQUET'), 't_2023_density');
  assert.equal(tableName('卫生.parquet'), 'parquet_file');
});

test('a filter as a reader writes it: pairs by comma or AND, numbers for numeric columns, unknown columns named', () => {
  const types = new Map([['geo_code', 'VARCHAR'], ['cadre', 'VARCHAR'], ['year', 'INTEGER']] as const);
  assert.deepEqual(parseFilter(`geo_code = 110000, cadre = 'nurses' AND year=2020`, new Map(types)), { geo_code: '110000', cadre: 'nurses', year: 2020 });
  assert.deepEqual(parseFilter('  ', new Map(types)), {});
  assert.throws(() => parseFilter('province = 11', new Map(types)), (e: unknown) => e instanceof FilterError && e.kind === 'unknownColumn' && e.part === 'province');
  assert.throws(() => parseFilter('year = recent', new Map(types)), (e: unknown) => e instanceof FilterError && e.kind === 'badFilter');
  assert.throws(() => parseFilter('cadre nurses', new Map(types)), (e: unknown) => e instanceof FilterError && e.part === 'cadre nurses');
});

test('columns as a reader lists them: checked against the file, every column when none is listed', () => {
  const types = new Map([['geo_code', 'VARCHAR'], ['year', 'INTEGER'], ['value', 'DOUBLE']] as const);
  assert.deepEqual(parseColumns(' year, value ,year', new Map(types)), ['year', 'value']);
  assert.deepEqual(parseColumns('', new Map(types)), ['geo_code', 'year', 'value']);
  assert.throws(() => parseColumns('year, province', new Map(types)), (e: unknown) => e instanceof FilterError && e.kind === 'unknownColumn' && e.part === 'province');
});
