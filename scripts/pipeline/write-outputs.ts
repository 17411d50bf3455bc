/**
 * Write the output tables as ZSTD Parquet (plus CSV copies, and Arrow copies for the browser) and manifest.json, atomically: everything goes to a
 * temporary staging directory (`<out>.tmp-<pid>`, beside the output or in a given staging folder), is read back and
 * checked, and only then swapped in place of the output directory. A build that fails at any point leaves the
 * previous outputs untouched; a build that was killed leaves its staging directory behind, and the next build
 * removes it (a staging folder under public/ would be copied into the site, hence the staging folder outside it). Output is byte-identical for identical
 * input: rows arrive pre-sorted, DuckDB runs single-threaded, and nothing time-dependent is written.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync, existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SCHEMA_VERSION, type Manifest, type ManifestColumn, type ManifestTable } from '../../src/contract/schema.ts';
import { COLUMNS, TABLES, type TableName } from '../../src/contract/tables.ts';
import { writeArrowFiles } from './arrow.ts';
import { csvHeader, csvLines, rowValues, type ComputedColumns } from './csv-export.ts';
import { loadLines, loadSelect, sqlString } from './duckdb-load.ts';
import { parquetLayout, ROW_GROUP_SIZE } from './parquet-layout.ts';
import { escapeRegExp } from '../../src/lib/regexp.ts';

export interface OutputData {
  tables: Record<TableName, Record<string, unknown>[]>;
  /** columns of a table its rows do not hold, computed from each row as it is written (the observations' figure key) */
  computed?: Partial<Record<TableName, ComputedColumns>>;
  /** the same columns as DuckDB computes them from the others (SQL), for the Parquet files: not written out for it */
  computedSql?: Partial<Record<TableName, Record<string, string>>>;
  sourceIds: string[];
  rawFiles: Manifest['raw_files'];
  checks: NonNullable<Manifest['checks']>;
  /** Other files the site reads, by name (e.g. report-vocab.json), written with the tables. */
  files?: Record<string, string>;
}

const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

/**
 * A table's download CSV (csv-export.ts) and the CSV DuckDB loads (duckdb-load.ts), in one pass over its rows: each
 * row's values are read once for both lines. Written in pieces of a few ten thousand characters: a large table is never
 * one string, and pieces this small are collected as young garbage (a piece of megabytes is allocated among the
 * long-lived rows, and each such allocation brings a collection of the whole heap nearer). Returns the length of the
 * longest line of the CSV DuckDB loads.
 */
function writeTableCsvs(rows: Record<string, unknown>[], columns: readonly ManifestColumn[], computed: ComputedColumns | undefined, computedSql: Record<string, string> | undefined, downloadPath: string, loadPath: string): number {
  const names = columns.map((c) => c.name);
  const values = rowValues(names, computed), download = csvLines(names), load = loadLines(columns, computedSql);
  const fds = [openSync(downloadPath, 'w'), openSync(loadPath, 'w')];
  try {
    let a = csvHeader(names), b = '', longest = 0;
    for (const row of rows) {
      const v = values(row);
      a += download(v);
      const line = load(v);
      if (line.length > longest) longest = line.length;
      b += line;
      if (a.length >= 1 << 15) { writeSync(fds[0]!, a); a = ''; }
      if (b.length >= 1 << 15) { writeSync(fds[1]!, b); b = ''; }
    }
    if (a) writeSync(fds[0]!, a);
    if (b) writeSync(fds[1]!, b);
    return longest;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Remove what killed builds left in `dir`: `<name>.tmp-<pid>` staging and `<name>.old-<pid>` folders whose process is
 * gone (a running build's own folders are left alone). Returns the folders removed.
 */
export function removeStaleStaging(dir: string, name: string): string[] {
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(tmp|old)-(\\d+)$`);
  const removed: string[] = [];
  for (const entry of readdirSync(dir)) {
    const m = entry.match(pattern);
    if (!m || (Number(m[2]) !== process.pid && isRunning(Number(m[2])))) continue;
    rmSync(join(dir, entry), { recursive: true, force: true });
    removed.push(join(dir, entry));
  }
  return removed;
}

/** Each table as Parquet (written by DuckDB from the CSV it loads) and as the download CSV. */
async function writeTableFiles(dir: string, tables: OutputData['tables'], computed: OutputData['computed'] = {}, computedSql: OutputData['computedSql'] = {}): Promise<void> {
  // Inside the staging folder: a killed build's scratch goes with its staging folder (removeStaleStaging).
  const scratch = join(dir, '.scratch');
  mkdirSync(scratch);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    await con.run('SET threads = 1'); // one writer thread: row groups and bytes come out the same every run
    await con.run('SET preserve_insertion_order = true');
    for (const name of TABLES) {
      const cols = COLUMNS[name];
      const csv = join(scratch, `${name}.csv`);
      const longest = writeTableCsvs(tables[name], cols, computed[name], computedSql[name], join(dir, `${name}.csv`), csv);
      const select = tables[name].length
        ? loadSelect(csv, cols, longest, computedSql[name])
        : `SELECT ${cols.map((c) => `CAST(NULL AS ${c.type}) AS "${c.name}"`).join(', ')} WHERE false`;
      // rows stream through in the order they were sorted in (one thread, insertion order kept): no sort, no copy of the table
      await con.run(`COPY (${select}) TO ${sqlString(join(dir, `${name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
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

/** `stagingDir`: where to stage (default: beside the output); it must be on the output's file system. */
export async function writeOutputs(outDir: string, data: OutputData, stagingDir?: string): Promise<Manifest> {
  const target = resolve(outDir);
  const name = basename(target);
  mkdirSync(dirname(target), { recursive: true });
  const stagingParent = resolve(stagingDir ?? dirname(target));
  mkdirSync(stagingParent, { recursive: true });
  for (const dir of new Set([dirname(target), stagingParent])) removeStaleStaging(dir, name);
  const staging = join(stagingParent, `${name}.tmp-${process.pid}`);
  mkdirSync(staging);
  try {
    await writeTableFiles(staging, data.tables, data.computed, data.computedSql);
    await writeArrowFiles(staging, data.tables);
    for (const [file, text] of Object.entries(data.files ?? {})) writeFileSync(join(staging, file), text);
    const tables: ManifestTable[] = TABLES.map((name) => {
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
    const old = join(stagingParent, `${name}.old-${process.pid}`);
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
