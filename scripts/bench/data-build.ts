/**
 * `node scripts/bench/data-build.ts`: the data build on generated raw files in the real layouts (row-per-figure WHO
 * and province files, a WHO GHO export with its sidecar, yearbook tables with theirs) at 10k, 100k and 1M raw rows.
 * Each size runs in a child process so that its peak memory is its own; prints rows/s, seconds and peak RSS and
 * writes bench-results/data-build.json. Prints figures; never fails on slowness.
 *
 * BENCH_DATA_SIZES = comma-separated row counts (default 10000,100000,1000000).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream, type WriteStream } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';

const root = resolve(import.meta.dirname, '../..');

/** Rows of a real raw file, header first, as parsed cells. */
function realRows(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(join(root, 'data/raw', file), 'utf8'), { skipEmptyLines: true }).data;
}
const csvLine = (cells: (string | number)[]) => `${cells.map((c) => { const s = String(c); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }).join(',')}\n`;

/** A three-letter country code per index: AAA, AAB, … (any well-formed ISO3 code is accepted). */
const iso3 = (i: number) => String.fromCharCode(65 + Math.floor(i / 676) % 26, 65 + Math.floor(i / 26) % 26, 65 + i % 26);
const YEARS = 201; // 1900–2100

async function write(stream: WriteStream, lines: Iterable<string>): Promise<void> {
  for (const line of lines) if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
  await new Promise<void>((r, j) => stream.end((e?: Error | null) => (e ? j(e) : r())));
}

/** WHO row-per-figure rows (who-hwf.csv layout): each of the file's four indicators × generated countries × years. */
function* whoRows(n: number): Generator<string> {
  const rows = realRows('who-hwf.csv');
  yield csvLine(rows[0]!);
  const byCode = [...new Map(rows.slice(1).map((r) => [r[0], r])).values()];
  for (let i = 0; i < n; i++) {
    const t = byCode[i % byCode.length]!;
    const k = Math.floor(i / byCode.length);
    const country = k % 8000, year = 1900 + Math.floor(k / 8000) % YEARS;
    yield csvLine([t[0]!, t[1]!, iso3(country), `Country ${iso3(country)}`, t[4]!, year, ((i % 997) / 10).toFixed(2), t[7]!, t[8]!, t[9]!, t[10]!]);
  }
}

/** WHO GHO export rows (standard export columns), countries disjoint from whoRows' so every figure is new. */
function* ghoRows(n: number): Generator<string> {
  const header = ['IndicatorCode', 'Indicator', 'ValueType', 'ParentLocationCode', 'ParentLocation', 'Location type', 'SpatialDimValueCode', 'Location', 'Period type', 'Period', 'Is latest year', 'Dim1 type', 'Dim1', 'Dim1ValueCode', 'Dim2 type', 'Dim2', 'Dim2ValueCode', 'Dim3 type', 'Dim3', 'Dim3ValueCode', 'DataSource', 'FactValueNumericPrefix', 'FactValueNumeric', 'FactValueUoM', 'FactValueNumericLowPrefix', 'FactValueNumericLow', 'FactValueNumericHighPrefix', 'FactValueNumericHigh', 'Value', 'FactValueTranslationID', 'FactComments', 'Language', 'DateModified'];
  const indicators = [['HWF_0001', 'Medical doctors (per 10,000)'], ['HWF_0002', 'Medical doctors (number)'], ['HWF_0006', 'Nursing and midwifery personnel (per 10,000)'], ['HWF_0007', 'Nursing and midwifery personnel (number)']];
  yield csvLine(header);
  for (let i = 0; i < n; i++) {
    const [code, name] = indicators[i % 4]!;
    const k = Math.floor(i / 4);
    const country = 8000 + k % 9000, year = 1900 + Math.floor(k / 9000) % YEARS;
    const v = ((i % 991) / 10).toFixed(2);
    yield csvLine([code!, name!, 'numeric', 'WPR', 'Western Pacific', 'Country', iso3(country), `Country ${iso3(country)}`, 'Year', year, 'false', '', '', '', '', '', '', '', '', '', '', '', v, '', '', '', '', '', v, '', '', 'EN', '2024-01-01T00:00:00.000Z']);
  }
}

/** Province row-per-figure rows (provincial.csv layout): the real rows, as printed, moved to other years. */
function* provincialRows(n: number): Generator<string> {
  const rows = realRows('provincial.csv');
  yield csvLine(rows[0]!);
  const body = rows.slice(1);
  const yearCol = rows[0]!.indexOf('year');
  for (let i = 0; i < n; i++) {
    const r = [...body[i % body.length]!];
    r[yearCol] = String(1900 + Math.floor(i / body.length) % YEARS);
    yield csvLine(r);
  }
}

const YEARBOOK_COLUMNS = ['卫生技术人员', '执业(助理)医师', '执业医师', '注册护士', '药师(士)', '乡村医生和卫生员'];

/** One yearbook table (by year, 201 year rows × 6 cadres) per file. */
function* yearbookRows(table: number): Generator<string> {
  yield '表 每千人口卫生人员数\n';
  yield csvLine(['年份', ...YEARBOOK_COLUMNS]);
  for (let y = 0; y < YEARS; y++) yield csvLine([`${1900 + y}${y % 17 === 0 ? '*' : ''}`, ...YEARBOOK_COLUMNS.map((_, c) => ((table + y + c) % 97 / 10 + 1).toFixed(2))]);
  yield '注:生成的基准数据。\n';
}

const sidecar = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({
  id, publisher: 'Benchmark', title: `Benchmark table ${id}`, url: null, locator: null, language: 'en', kind: 'official_table', licence: 'generated', ...extra,
});

/** Raw files totalling `rows` data rows: 45 % WHO rows, 35 % GHO export, 15 % province rows, 5 % yearbook cells. */
async function generate(dir: string, rows: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const yearbookTables = Math.max(1, Math.round((rows * 0.05) / (YEARS * YEARBOOK_COLUMNS.length)));
  const yearbookCells = yearbookTables * YEARS * YEARBOOK_COLUMNS.length;
  const rest = rows - yearbookCells;
  const who = Math.round(rest * 0.47), gho = Math.round(rest * 0.37), prov = rest - who - gho;
  await write(createWriteStream(join(dir, 'who-rows.csv')), whoRows(who));
  await write(createWriteStream(join(dir, 'gho-export.csv')), ghoRows(gho));
  writeFileSync(join(dir, 'gho-export.csv.source.json'), sidecar('bench-gho-export', { kind: 'international' }));
  await write(createWriteStream(join(dir, 'provinces.csv')), provincialRows(prov));
  for (let t = 0; t < yearbookTables; t++) {
    const file = `yearbook-${String(t).padStart(3, '0')}.csv`;
    await write(createWriteStream(join(dir, file)), yearbookRows(t));
    writeFileSync(join(dir, `${file}.source.json`), sidecar(`bench-yearbook-${t}`, { measure: 'density', unit: '人/千人口' }));
  }
}

interface Figure {
  rows: number; seconds: number; cpu_seconds: number; rows_per_s: number; rows_per_cpu_s: number; peak_rss_mib: number; observations: number; rejected: number;
  /** the machine's 1-minute load average when the build started and when it ended: a shared machine's wall clock varies with it */
  load: [number, number];
}

/** The Node flags `npm run data` runs the build with (package.json), so that the child runs as a build does. */
const BUILD_FLAGS = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { data: string } }).scripts.data
  .match(/node ((?:--\S+ )*)scripts\/build-data\.ts/)?.[1]?.split(' ').filter(Boolean) ?? [];

/** The child: one build, then its own time and peak memory on stdout. */
async function child(rawDir: string, outDir: string): Promise<void> {
  const { runBuild } = await import('../pipeline/build.ts');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const r = await runBuild({ rawDir, outDir, vocabDir: join(root, 'data/vocab'), cataloguePath: join(root, 'data/sources.json'), strict: false });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU time of the main thread and DuckDB's: on a shared machine it varies less than the wall clock
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rows = r.files.reduce((s, f) => s + f.read, 0);
  const observations = r.manifest.tables.find((t) => t.name === 'observations')!.rows;
  process.stdout.write(`${JSON.stringify({ seconds, cpu_seconds: cpuSeconds, rows, observations, rejected: r.rejections.length, peak_rss_mib: process.resourceUsage().maxRSS / 1024 })}\n`);
}

export async function run(): Promise<object> {
  const sizes = (process.env.BENCH_DATA_SIZES ?? '10000,100000,1000000').split(',').map(Number);
  const work = mkdtempSync(join(tmpdir(), 'chwd-data-bench-'));
  const results: Figure[] = [];
  try {
    for (const n of sizes) {
      const raw = join(work, `raw-${n}`);
      await generate(raw, n);
      const loadBefore = loadavg()[0]!;
      const run = spawnSync(process.execPath, [...BUILD_FLAGS, import.meta.filename, '--child', raw, join(work, `out-${n}`)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (run.status !== 0) { console.error(run.stderr); throw new Error(`data build on ${n} rows failed`); }
      const m = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Omit<Figure, 'rows_per_s' | 'rows_per_cpu_s' | 'load'>;
      const f: Figure = { ...m, rows_per_s: Math.round(m.rows / m.seconds), rows_per_cpu_s: Math.round(m.rows / m.cpu_seconds), load: [loadBefore, loadavg()[0]!] };
      results.push(f);
      console.log(`${String(f.rows).padStart(9)} raw rows: ${f.seconds.toFixed(1).padStart(6)} s (CPU ${f.cpu_seconds.toFixed(1)} s), ${String(f.rows_per_s).padStart(7)} rows/s ` +
        `(${f.rows_per_cpu_s} per CPU second), peak RSS ${f.peak_rss_mib.toFixed(0).padStart(5)} MiB = ${(f.peak_rss_mib * 1048576 / 1e9).toFixed(2)} GB (${f.observations} observations, ${f.rejected} rejected; ` +
        `load average ${f.load.map((x) => x.toFixed(1)).join(' → ')} on ${availableParallelism()} cores)`);
      rmSync(raw, { recursive: true, force: true });
      rmSync(join(work, `out-${n}`), { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/data-build.json'), `${JSON.stringify({ cores: availableParallelism(), results }, null, 2)}\n`);
  console.log('wrote bench-results/data-build.json');
  return { results };
}

// --child RAW OUT: one build (used by run); --generate ROWS DIR: only write the raw files (for profiling a build)
if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else if (process.argv[2] === '--generate') await generate(process.argv[4]!, Number(process.argv[3]));
else if (import.meta.main) await run();
