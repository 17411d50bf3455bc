/**
 * Narrative reports through the data build (what `npm run data` runs): a sample report in data/raw/reports becomes
 * rows of report_figures with its quote, offsets, group and source, its review applied; rows read = written +
 * rejected; a review that does not fit the report, or a report without its citation, stops the build.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { runBuild, BuildError, type BuildResult } from '../../../../scripts/pipeline/build.ts';
import type { Manifest } from '../../../../src/contract/schema.ts';
import { root } from '../../helpers/pipeline.ts';

const work = mkdtempSync(join(tmpdir(), 'chwd-reports-'));
const REPORT = 'sixian-2022.txt';

/** A raw directory with one table file and the given reports (with their sidecars and reviews). */
function rawDir(name: string, edit: (dir: string) => void = () => {}): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  copyFileSync(join(root, 'data/raw/qualification.csv'), join(dir, 'qualification.csv'));
  for (const ext of ['', '.source.json', '.review.csv']) copyFileSync(join(root, 'data/raw/reports', REPORT + ext), join(dir, 'reports', REPORT + ext));
  edit(dir);
  return dir;
}
const build = (raw: string, out: string) => runBuild({
  rawDir: raw, outDir: join(work, out), vocabDir: join(root, 'data/vocab'), cataloguePath: join(root, 'data/sources.json'), strict: false,
});

async function query(dir: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  for (const t of ['report_figures', 'sources', 'rejections']) await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
  const rows = (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  con.closeSync(); db.closeSync();
  return rows;
}

let result: BuildResult;
before(async () => { result = await build(rawDir('ok'), 'out'); });
after(() => rmSync(work, { recursive: true, force: true }));

test('a known figure is published with its quote, offsets, group, place code, review and source', async () => {
  const rows = await query(join(work, 'out'), `
    SELECT f.figure_id, f.raw_file, f.char_start, f.char_end, f.text, f.value, f.kind, f.is_target, f.place, f.place_code, f.year,
           f.group_role, f.group_total, f.group_sum, f.discrepancy, f.reviewed, f.review, f.quote, s.kind AS source_kind, s.raw_file AS cited_by
    FROM report_figures f JOIN sources s ON s.id = f.source_id WHERE f.text = '105'`);
  assert.equal(rows.length, 1);
  const r = rows[0]!;
  assert.deepEqual({ ...r, quote: undefined }, {
    figure_id: 'sixian-2022.txt@1717', raw_file: 'reports/sixian-2022.txt', char_start: 1717, char_end: 1720, text: '105', value: 105,
    kind: 'target', is_target: true, place: '泗縣', place_code: '341324', year: '2022', group_role: 'total', group_total: 105, group_sum: 105,
    discrepancy: false, reviewed: true, review: 'accept', quote: undefined, source_kind: 'reprint', cited_by: 'reports/sixian-2022.txt',
  });
  assert.match(String(r.quote), /擬招聘臨床醫學、護理、醫學檢驗技術、預防醫學等專業共105人/);
  const text = readFileSync(join(root, 'data/raw/reports', REPORT), 'utf8');
  assert.equal(text.slice(1717, 1720), '105');
});

test('every figure read is written or rejected; the report is listed in the manifest with its counts', () => {
  const report = result.files.find((f) => f.file === `reports/${REPORT}`)!;
  assert.deepEqual([report.layout, report.read, report.written, report.rejected], ['report', 15, 15, 0]);
  const manifest = JSON.parse(readFileSync(join(work, 'out', 'manifest.json'), 'utf8')) as Manifest;
  const entry = manifest.raw_files.find((f) => f.file === `reports/${REPORT}`)!;
  assert.equal(entry.rows_read, entry.rows_written + entry.rows_rejected);
  assert.equal(manifest.tables.find((t) => t.name === 'report_figures')?.rows, 15);
  assert.ok(JSON.parse(readFileSync(join(work, 'out', 'report-vocab.json'), 'utf8')).vocab.terms.some((t: { alias: string }) => t.alias === '全科医生'));
});

test('a review corrects or rejects a figure: the correction is published as reviewed, the rejection goes to rejections', async () => {
  const raw = rawDir('reviewed', (dir) => writeFileSync(join(dir, 'reports', `${REPORT}.review.csv`),
    'figure,text,action,value,note\n2624,17,correct,18,"test: the figure printed in the bureau\'s own table is 18"\n2632,3,reject,,test: not a count of staff\n'));
  const r = await build(raw, 'out-reviewed');
  const report = r.files.find((f) => f.file === `reports/${REPORT}`)!;
  assert.deepEqual([report.read, report.written, report.rejected], [15, 14, 1]);
  const rows = await query(join(work, 'out-reviewed'), `SELECT value, value_read, reviewed, review, review_note FROM report_figures WHERE text = '17'`);
  assert.deepEqual(rows, [{ value: 18, value_read: 17, reviewed: true, review: 'correct', review_note: "test: the figure printed in the bureau's own table is 18" }]);
  const rej = await query(join(work, 'out-reviewed'), `SELECT raw_file, "column", value, reason FROM rejections WHERE raw_file LIKE 'reports/%'`);
  assert.deepEqual(rej, [{ raw_file: 'reports/sixian-2022.txt', column: 'characters 2632-2633', value: '3', reason: 'rejected on review: test: not a count of staff' }]);
});

test('a review line that does not fit the report stops the build, naming file, line and column', async () => {
  const bad = (name: string, review: string) => rawDir(name, (dir) => writeFileSync(join(dir, 'reports', `${REPORT}.review.csv`), `figure,text,action,value,note\n${review}\n`));
  await assert.rejects(build(bad('unknown', '99999,17,accept,,'), 'o1'), (e: unknown) => e instanceof BuildError && /sixian-2022\.txt\.review\.csv line 2, column figure: no figure starts at offset "99999"/.test((e as Error).message));
  await assert.rejects(build(bad('text', '2624,71,accept,,'), 'o2'), /line 2, column text: "71" is not the number printed there/);
  await assert.rejects(build(bad('action', '2624,17,maybe,,'), 'o3'), /column action: "maybe" is not one of accept, correct, reject/);
  await assert.rejects(build(bad('value', '2624,17,correct,,why'), 'o4'), /column value: a correction needs the right value/);
});

test('a report without its citation sidecar stops the build', async () => {
  const raw = rawDir('nocite', (dir) => rmSync(join(dir, 'reports', `${REPORT}.source.json`)));
  await assert.rejects(build(raw, 'o5'), /reports\/sixian-2022\.txt: no citation sidecar/);
});
