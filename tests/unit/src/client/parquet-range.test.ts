import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openParquet, parquetColumns, parquetFromBuffer, queryParquet, rowObjects } from '../../../../src/client/parquet-range.ts';
import { serveDist } from '../../../../scripts/serve-dist.ts';
import { OBSERVATIONS_SORTED_BY, ROW_GROUP_SIZE } from '../../../../scripts/pipeline/parquet-layout.ts';

test('a filtered question reads only the matching row groups of a file laid out as the build writes it, by range requests', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parquet-range-'));
  const path = join(dir, 'obs.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(`COPY (
    SELECT 'workforce' AS theme, ['nurses','physicians','gps','pharmacists'][1 + (i // 3000 % 4)] AS cadre, 'density' AS measure, 'per_1000' AS unit,
      'province' AS geo_level, lpad(((i // 100 % 30) + 11)::VARCHAR, 2, '0') || '0000' AS geo_code, 1950 + (i % 100)::INTEGER AS year, (i % 997) / 100.0 AS value, md5(i::VARCHAR) AS locator
    FROM range(120000) t(i) ORDER BY ${OBSERVATIONS_SORTED_BY.join(', ')}
  ) TO '${path}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
  const expected = (await con.runAndReadAll(`SELECT year, value FROM '${path}' WHERE geo_code = '150000' AND cadre = 'gps' ORDER BY year, value`)).getRowObjectsJson();
  con.closeSync();
  const server = await serveDist(4398, { dir });
  let bytes = 0;
  const methods: string[] = [];
  const counting: typeof fetch = async (input, init) => {
    methods.push(init?.method ?? 'GET');
    const res = await fetch(input, init);
    const body = await res.arrayBuffer();
    bytes += body.byteLength;
    return new Response(body, { status: res.status, headers: res.headers });
  };
  try {
    const src = await openParquet('http://127.0.0.1:4398/obs.parquet', counting);
    assert.ok(src.metadata.row_groups.length >= 12, 'small row groups');
    assert.deepEqual(methods, ['GET'], 'length and footer from one suffix range request, no HEAD');
    assert.deepEqual(parquetColumns(src), ['theme', 'cadre', 'measure', 'unit', 'geo_level', 'geo_code', 'year', 'value', 'locator']);
    const result = await queryParquet(src, ['year', 'value'], { geo_code: '150000', cadre: 'gps' });
    assert.deepEqual(result.names, ['year', 'value']);
    const rows = rowObjects(result);
    assert.deepEqual(Object.keys(rows[0]!), ['year', 'value'], 'only the columns asked for');
    const got = rows.map((r) => ({ year: Number(r.year), value: Number(r.value) })).sort((a, b) => a.year - b.year || a.value - b.value);
    assert.deepEqual(got, expected.map((r) => ({ year: Number(r.year), value: Number(r.value) })));
    assert.ok(got.length > 0);
    const size = statSync(path).size;
    assert.ok(size > 2_000_000, 'large enough not to be fetched whole');
    assert.ok(bytes < size / 4, `read ${bytes} of ${size} bytes, footer included`);
    // the same question of the whole file in memory: the same rows
    const whole = rowObjects(await queryParquet(parquetFromBuffer(readFileSync(path).buffer as ArrayBuffer), ['year', 'value'], { geo_code: '150000', cadre: 'gps' }));
    assert.deepEqual(whole.map((r) => ({ year: Number(r.year), value: Number(r.value) })).sort((a, b) => a.year - b.year || a.value - b.value), got);
    // a host that ignores ranges sends the whole file once: the same rows from memory
    const noRanges: typeof fetch = async (input) => fetch(input);
    const unranged = rowObjects(await queryParquet(await openParquet('http://127.0.0.1:4398/obs.parquet', noRanges), ['year', 'value'], { geo_code: '150000', cadre: 'gps' }));
    assert.equal(unranged.length, got.length);
    // a filter value no row group can hold reads no rows
    assert.equal((await queryParquet(src, ['year'], { geo_code: '990000' })).length, 0);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
