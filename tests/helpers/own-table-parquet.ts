/** A Parquet copy (ZSTD-compressed) of a CSV fixture, every column as text, written by DuckDB. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export async function parquetFromCsv(csvPath: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'own-parquet-'));
  const out = join(dir, 'table.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`COPY (SELECT * FROM read_csv('${csvPath.replaceAll("'", "''")}', all_varchar = true, header = true)) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
    return readFileSync(out);
  } finally {
    conn.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
