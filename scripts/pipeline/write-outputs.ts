/**
 * Write the output tables as ZSTD Parquet (plus CSV copies, and Arrow copies for the browser) and manifest.json, atomically: everything goes to a
 * temporary sibling directory, is read back and checked, and only then swapped in place of the output directory.
 * A build that fails at any point leaves the previous outputs untouched. Output is byte-identical for identical
 * input: rows arrive pre-sorted, DuckDB runs single-threaded, and nothing time-dependent is written.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SCHEMA_VERSION, type Manifest, type ManifestTable } from '../../src/contract/schema.ts';
import { COLUMNS, TABLES, type TableName } from '../../src/contract/tables.ts';
import { writeArrowFiles } from './arrow.ts';
import { toCsv } from './csv-export.ts';
import { parquetLayout, ROW_GROUP_SIZE } from './parquet-layout.ts';

export interface OutputData {
  tables: Record<TableName, Record<string, unknown>[]>;
  sourceIds: string[];
  rawFiles: Manifest['raw_files'];
  checks: NonNullable<Manifest['checks']>;
  /** Other files the site reads, by name (e.g. report-vocab.json), written with the tables. */
  files?: Record<string, string>;
}

const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function writeParquetFiles(dir: string, tables: OutputData['tables']): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'chwd-'));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    await con.run('SET threads = 1'); // one writer thread: row groups and bytes come out the same every run
    for (const name of TABLES) {
      const cols = COLUMNS[name];
      const ndjson = join(scratch, `${name}.ndjson`);
      // _i carries the order the rows were sorted in, so the Parquet file keeps exactly that order
      writeFileSync(ndjson, tables[name].map((r, i) => JSON.stringify({ _i: i, ...r })).join('\n') + '\n');
      const colSpec = `{_i: 'BIGINT', ${cols.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ')}}`;
      const select = cols.map((c) => `"${c.name}"`).join(', ');
      const source = tables[name].length
        ? `read_json(${sqlString(ndjson)}, format = 'newline_delimited', columns = ${colSpec})`
        : `(SELECT ${cols.map((c) => `CAST(NULL AS ${c.type}) AS "${c.name}"`).join(', ')}, 0 AS _i WHERE false)`;
      await con.run(`COPY (SELECT ${select} FROM ${source} ORDER BY _i) TO ${sqlString(join(dir, `${name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
      const check = await con.runAndReadAll(`SELECT count(*) FROM read_parquet(${sqlString(join(dir, `${name}.parquet`))})`);
      const n = Number(check.getRows()[0][0]);
      if (n !== tables[name].length) throw new Error(`verification failed: ${name}.parquet has ${n} rows, expected ${tables[name].length}`);
    }
  } finally {
    con.closeSync();
    db.closeSync();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function writeOutputs(outDir: string, data: OutputData): Promise<Manifest> {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    await writeParquetFiles(staging, data.tables);
    await writeArrowFiles(staging);
    for (const [name, text] of Object.entries(data.files ?? {})) writeFileSync(join(staging, name), text);
    const tables: ManifestTable[] = TABLES.map((name) => {
      writeFileSync(join(staging, `${name}.csv`), toCsv(COLUMNS[name].map((c) => c.name), data.tables[name]));
      const file = `${name}.parquet`;
      const bytes = readFileSync(join(staging, file));
      return { name, file, rows: data.tables[name].length, bytes: bytes.length, sha256: sha256(bytes), columns: COLUMNS[name], parquet_layout: parquetLayout(name) };
    });
    const dataVersion = sha256(Buffer.from(tables.map((t) => t.sha256).join('\n'))).slice(0, 16);
    const manifest: Manifest = {
      schema_version: SCHEMA_VERSION, data_version: dataVersion, tables,
      source_ids: data.sourceIds, raw_files: data.rawFiles, checks: data.checks,
    };
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    // swap: the old directory is moved aside first, so a failure here can be undone
    const old = `${target}.old-${process.pid}`;
    const hadOld = existsSync(target) && statSync(target).isDirectory();
    if (hadOld) renameSync(target, old);
    try {
      renameSync(staging, target);
    } catch (e) {
      if (hadOld) renameSync(old, target);
      throw e;
    }
    if (hadOld) rmSync(old, { recursive: true, force: true });
    return manifest;
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}
