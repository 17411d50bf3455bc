/**
 * Parquet in the browser, measured: a synthetic 10-million-row observations file laid out as the data build writes
 * them (scripts/pipeline/parquet-layout.ts: sorted by the chart filters, 10,000-row row groups with statistics;
 * ZSTD), served with range support by scripts/serve-dist.ts in a process of its own (as a host is), asked the
 * charts' filtered question — one province, one cadre, all years — 20 times over different pairs, by range requests
 * (src/client/parquet-range.ts: footer once, then only matching row groups and columns) and by downloading the whole
 * file. Prints bytes transferred, p50/p95/max times and the machine's load average; writes
 * bench-results/parquet.json. Never fails on slowness.
 *
 * `node scripts/bench/parquet.ts`; BENCH_PARQUET_ROWS overrides the row count (the file is cached in bench-results/,
 * named by its row count and layout, so a layout change writes a new one).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openParquet, parquetFromBuffer, queryParquet, type Filter } from '../../src/client/parquet-range.ts';
import { OBSERVATIONS_SORTED_BY, ROW_GROUP_SIZE } from '../pipeline/parquet-layout.ts';

const OUT = resolve('bench-results');
/** Beside the site's port (PREVIEW_PORT), so benches of several builds on one machine do not meet. */
const PORT = Number(process.env.PREVIEW_PORT ?? 4331) + 60;
const ROWS = Number(process.env.BENCH_PARQUET_ROWS ?? 10_000_000);
const QUERIES = 20;
const COLUMNS = ['year', 'area', 'institution', 'measure', 'unit', 'value', 'source_id'];
const PROVINCES = ['110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000', '320000', '330000', '340000',
  '350000', '360000', '370000', '410000', '420000', '430000', '440000', '450000', '460000', '500000', '510000', '520000', '530000', '540000',
  '610000', '620000', '630000', '640000', '650000', 'CHN'];
const CADRES = ['health_workers', 'health_technicians', 'physicians_assistants', 'physicians', 'nurses', 'pharmacists', 'lab_technicians',
  'village_doctors_aides', 'gps', 'managers', 'other_technicians', 'tcm_physicians_assistants'];

/** Synthetic observations: every province × cadre × year 1949–2023 × area × institution × measure, cut at ROWS. */
async function writeFile(path: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(',')}]`;
  await con.run(`SET preserve_insertion_order = true`);
  await con.run(`COPY (
    WITH d AS (SELECT i, ${list(PROVINCES)} AS geos, ${list(CADRES)} AS cadres FROM range(${ROWS}) t(i))
    SELECT
      'synthetic.csv#' || i AS obs_id, 'workforce' AS theme, 1949 + (i % 75)::INTEGER AS year,
      CASE WHEN geos[1 + (i // 75 // 3 // 30 // 4 % ${PROVINCES.length})] = 'CHN' THEN 'national' ELSE 'province' END AS geo_level,
      geos[1 + (i // 75 // 3 // 30 // 4 % ${PROVINCES.length})] AS geo_code,
      ['total','urban','rural'][1 + (i // 75 % 3)] AS area,
      'inst_' || (i // 75 // 3 % 30) AS institution,
      cadres[1 + (i // 75 // 3 // 30 // 4 // ${PROVINCES.length} % ${CADRES.length})] AS cadre,
      ['headcount','density','share','count'][1 + (i // 75 // 3 // 30 % 4)] AS measure,
      ['persons','per_1000','percent','count'][1 + (i // 75 // 3 // 30 % 4)] AS unit,
      round((hash(i) % 100000) / 100.0, 2)::DOUBLE AS value,
      (round((hash(i) % 100000) / 100.0, 2))::VARCHAR AS value_published,
      'source-' || (i % 97) AS source_id
    FROM d
    ORDER BY ${OBSERVATIONS_SORTED_BY.join(', ')}, area, institution
  ) TO '${path}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
  con.closeSync();
}

/** The host in a process of its own, so its work does not share the reader's event loop. */
async function serve(dir: string): Promise<{ close: () => void }> {
  const child = spawn(process.execPath, ['scripts/serve-dist.ts', String(PORT), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    child.stdout.once('data', () => ok());
    child.once('exit', (code) => fail(new Error(`scripts/serve-dist.ts exited with ${code}`)));
  });
  return { close: () => { child.kill(); } };
}

const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]!; };
const round = (x: number, d = 1) => Number(x.toFixed(d));

/** fetch that counts the body bytes it receives. */
function countingFetch(): { fetch: typeof fetch; bytes: () => number; requests: () => number } {
  let bytes = 0, requests = 0;
  return {
    fetch: async (input, init) => {
      requests++;
      const res = await fetch(input, init);
      const body = await res.arrayBuffer();
      bytes += body.byteLength;
      return new Response(body, { status: res.status, headers: res.headers });
    },
    bytes: () => bytes, requests: () => requests,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  mkdirSync(OUT, { recursive: true });
  const dir = join(OUT, 'parquet-site');
  mkdirSync(dir, { recursive: true });
  const layout = createHash('sha256').update(JSON.stringify([OBSERVATIONS_SORTED_BY, ROW_GROUP_SIZE])).digest('hex').slice(0, 8);
  const name = `observations-${ROWS}-${layout}.parquet`;
  const path = join(dir, name);
  if (!existsSync(path)) {
    console.log(`writing ${ROWS.toLocaleString('en')} synthetic rows to ${path} …`);
    await writeFile(path);
  }
  const size = statSync(path).size;
  const server = await serve(dir);
  const url = `http://127.0.0.1:${PORT}/${name}`;
  const loadBefore = loadavg()[0]!;
  const pairs: Filter[] = Array.from({ length: QUERIES }, (_, k) => ({ geo_code: PROVINCES[(k * 7) % PROVINCES.length]!, cadre: CADRES[(k * 5) % CADRES.length]! }));
  try {
    // ranges: footer once (cold), then each question with the footer warm
    const counter = countingFetch();
    const t0 = performance.now();
    const src = await openParquet(url, counter.fetch);
    const footerMs = performance.now() - t0;
    const footerBytes = counter.bytes();
    const rangeMs: number[] = [], rangeBytes: number[] = [], rangeRows: number[] = [];
    for (const filter of pairs) {
      const before = counter.bytes();
      const t = performance.now();
      const rows = await queryParquet(src, COLUMNS, filter);
      rangeMs.push(performance.now() - t);
      rangeBytes.push(counter.bytes() - before);
      rangeRows.push(rows.length);
    }
    // whole file: download, then answer the same question from memory
    const wholeMs: number[] = [];
    for (const filter of pairs.slice(0, 5)) {
      const t = performance.now();
      await queryParquet(parquetFromBuffer(await (await fetch(url)).arrayBuffer()), COLUMNS, filter);
      wholeMs.push(performance.now() - t);
    }
    const result = {
      rows: ROWS, file_bytes: size, load_average: loadavg().map((x) => round(x, 2)), load_average_at_start: round(loadBefore, 2), row_group_size: ROW_GROUP_SIZE, row_groups: src.metadata.row_groups.length,
      sorted_by: [...OBSERVATIONS_SORTED_BY],
      footer: { ms: round(footerMs), bytes: footerBytes },
      range: {
        queries: QUERIES, rows_per_query: quantile(rangeRows, 0.5), ms: rangeMs.map((x) => round(x)),
        p50_ms: round(quantile(rangeMs, 0.5)), p95_ms: round(quantile(rangeMs, 0.95)), max_ms: round(Math.max(...rangeMs)),
        p50_bytes: quantile(rangeBytes, 0.5), p95_bytes: quantile(rangeBytes, 0.95), requests: counter.requests(),
      },
      whole_file: { queries: wholeMs.length, p50_ms: round(quantile(wholeMs, 0.5)), p95_ms: round(quantile(wholeMs, 0.95)), max_ms: round(Math.max(...wholeMs)), bytes: size },
    };
    const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
    console.log(`Parquet by range requests: ${ROWS.toLocaleString('en')} rows, ${mb(size)}, ${result.row_groups} row groups of ${ROW_GROUP_SIZE.toLocaleString('en')}`);
    console.log(`  footer (once):            ${result.footer.ms} ms, ${mb(footerBytes)}`);
    console.log(`  one province, one cadre:  p50 ${result.range.p50_ms} ms / p95 ${result.range.p95_ms} ms / max ${result.range.max_ms} ms, p50 ${mb(result.range.p50_bytes)} / p95 ${mb(result.range.p95_bytes)} (${result.range.rows_per_query} rows, ${QUERIES} queries)`);
    console.log(`  whole file:               p50 ${result.whole_file.p50_ms} ms / p95 ${result.whole_file.p95_ms} ms / max ${result.whole_file.max_ms} ms, ${mb(size)} per query (${wholeMs.length} queries)`);
    console.log(`  machine load average:     ${loadBefore.toFixed(2)} at start, ${result.load_average.join(' / ')} at end (times are CPU-bound: read them against it)`);
    writeFileSync(join(OUT, 'parquet.json'), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
