/**
 * The whole build on the project's raw files, into temporary directories: published figures round-trip exactly
 * with their sources, a rerun is byte-identical, and a bad raw file fails with file/row/column while the previous
 * outputs stay in place.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, copyFileSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';
import { rejectionSummary, runBuild, type BuildResult } from '../../../../scripts/pipeline/build.ts';
import type { Manifest } from '../../../../src/contract/schema.ts';
import { root, fixture } from '../../helpers/pipeline.ts';

const work = mkdtempSync(join(tmpdir(), 'chwd-build-'));
const opts = (outDir: string, rawDir = join(root, 'data/raw')) => ({
  rawDir, outDir, vocabDir: join(root, 'data/vocab'), cataloguePath: join(root, 'data/sources.json'), strict: false,
});
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const dirHashes = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, sha(join(dir, f))]));

let first: BuildResult;
const out1 = join(work, 'out1');

async function query(dir: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  for (const t of ['observations', 'sources', 'labels', 'rejections']) await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
  const rows = (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  con.closeSync(); db.closeSync();
  return rows;
}

before(async () => { first = await runBuild(opts(out1)); });
after(() => rmSync(work, { recursive: true, force: true }));

test('every raw figure is written, rejected or missing; per-file counts add up', () => {
  for (const f of first.files) assert.equal(f.read, f.written + f.rejected + f.missing, f.file);
  assert.deepEqual(first.files.filter((f) => f.layout !== 'report').map((f) => f.file), ['national-additions.csv', 'national.csv', 'provincial-additions.csv', 'provincial-series.csv', 'provincial.csv',
    'qualification-additions.csv', 'qualification.csv', 'training-additions.csv', 'training-gp-registration-provinces.csv', 'training.csv',
    'urban-rural-additions.csv', 'urban-rural.csv', 'who-hwf.csv']);
  const manifest = JSON.parse(readFileSync(join(out1, 'manifest.json'), 'utf8')) as Manifest;
  assert.equal(manifest.raw_files.filter((f) => !f.file.startsWith('reports/')).length, 13);
  assert.equal(manifest.tables.find((t) => t.name === 'rejections')?.rows, first.rejections.length);
  assert.ok(first.rejections.length < 50, `few rejections expected, got ${first.rejections.length}`);
  for (const r of first.rejections) assert.ok(r.raw_file && r.raw_row > 1 && r.column && r.reason, JSON.stringify(r));
});

test('2015 卫生人员 1069.4万 becomes 10,694,000 persons with its source attached', async () => {
  const rows = await query(out1, `
    SELECT o.value, o.value_published, o.unit_published, o.is_preferred, s.url, s.kind
    FROM observations o JOIN sources s ON s.id = o.source_id
    WHERE o.theme = 'workforce' AND o.cadre = 'health_workers' AND o.measure = 'headcount' AND o.geo_code = 'CHN'
      AND o.year = 2015 AND o.institution = 'all'`);
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0], { value: 10694000, value_published: '1069.4', unit_published: '万人', is_preferred: true, url: 'http://www.668528.com/news/20160722/598284.html', kind: 'reprint' });
});

test('other published figures round-trip exactly', async () => {
  const one = async (where: string) => {
    const r = await query(out1, `SELECT value, value_published, source_id FROM observations WHERE ${where}`);
    assert.equal(r.length, 1, where);
    return r[0];
  };
  // 1999 provincial (China Statistical Yearbook 2000, table 21-17): Beijing health technicians 11.7万
  assert.deepEqual(await one(`geo_code = '110000' AND year = 1999 AND cadre = 'health_technicians' AND measure = 'headcount'`),
    { value: 117000, value_published: '11.7', source_id: 'nbs-csy2000-u17e' });
  // WHO: China medical doctors per 10 000, 2019
  assert.deepEqual(await one(`theme = 'international' AND geo_code = 'CHN' AND year = 2019 AND cadre = 'medical_doctors' AND measure = 'density'`),
    { value: 22.27, value_published: '22.27', source_id: 'who-gho-medical-doctors-density' });
  // WHO: China nursing and midwifery personnel, 2019
  assert.deepEqual(await one(`theme = 'international' AND geo_code = 'CHN' AND year = 2019 AND cadre = 'nursing_midwifery' AND measure = 'headcount'`),
    { value: 4445047, value_published: '4445047', source_id: 'who-gho-nursing-midwifery-number' });
  // GP density 2022: 3.28 per 10 000, preferred, corroborated by two publications (the 2022 bulletin, read from two
  // copies, and a State Council press conference): three pages, two publications
  const gp = await query(out1, `SELECT value, unit, n_sources, n_copies, disagrees FROM observations WHERE cadre = 'gps' AND measure = 'density' AND year = 2022 AND geo_code = 'CHN' AND is_preferred`);
  assert.deepEqual(gp, [{ value: 3.28, unit: 'per_10000', n_sources: 2, n_copies: 3, disagrees: false }]);
});

test('1999 provincial densities are derived from two published tables and marked so', async () => {
  const r = await query(out1, `SELECT value, value_published, derived_from, flags FROM observations WHERE geo_code = '110000' AND year = 1999 AND cadre = 'health_technicians' AND measure = 'density'`);
  assert.equal(r.length, 1);
  assert.equal(r[0].value_published, '');
  assert.deepEqual(r[0].derived_from, ['nbs-csy2000-u17e', 'nbs-csy2000-d03e']);
  assert.ok((r[0].flags as string[]).includes('derived'));
});

test('every code used has a label, and exactly one preferred row per figure', async () => {
  const unlabeled = await query(out1, `
    WITH used AS (SELECT 'cadre' AS domain, cadre AS code FROM observations UNION SELECT 'measure', measure FROM observations
      UNION SELECT 'unit', unit FROM observations UNION SELECT 'geo', geo_code FROM observations UNION SELECT 'theme', theme FROM observations)
    SELECT * FROM used ANTI JOIN labels USING (domain, code)`);
  assert.deepEqual(unlabeled, []);
  const multi = await query(out1, `SELECT figure_key FROM observations GROUP BY figure_key HAVING count(*) FILTER (WHERE is_preferred) <> 1`);
  assert.deepEqual(multi, []);
});

test('a rerun gives byte-identical files (Parquet, CSV and manifest)', async () => {
  const out2 = join(work, 'out2');
  await runBuild(opts(out2));
  assert.deepEqual(dirHashes(out2), dirHashes(out1));
});

test('CSV copies start with a BOM and neutralise formula-like text', () => {
  const csv = readFileSync(join(out1, 'observations.csv'), 'utf8');
  assert.ok(csv.startsWith('\ufeffobs_id,figure_key,'));
  assert.ok(!/,[=+@]/.test(csv.replace(/"[^"]*"/g, '')), 'no unquoted cell starts with = + @');
});

function cli(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/build-data.ts'), ...args], { encoding: 'utf8' });
}

function rawDirWith(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(work, 'raw-'));
  for (const f of readdirSync(join(root, 'data/raw'), { withFileTypes: true })) if (f.isFile()) copyFileSync(join(root, 'data/raw', f.name), join(dir, f.name));
  writeFileSync(join(dir, name), content);
  return dir;
}

test('--strict: a bad row fails the build naming file, row and column, and the previous outputs stay', () => {
  const before = dirHashes(out1);
  const mtime = statSync(join(out1, 'observations.parquet')).mtimeMs;
  const header = 'dataset,indicator_zh,indicator_en,province_zh,area,year,value,unit,source_title,source_url,locator,note';
  const row = 'headcount,卫生技术人员,x,Xanadu,合计,1999,11.7,万人,"China Statistical Yearbook 2000 (English), Table 21-17",http://www.stats.gov.cn/english/statisticaldata/yearlydata/YB2000e/U17E.htm,test,test';
  const raw = rawDirWith('zz-bad.csv', `${header}\n${row}\n`);
  const r = cli(['--raw', raw, '--out', out1, '--strict']);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /zz-bad\.csv row 2, column province_zh: unknown province or region "Xanadu"/);
  assert.match(r.stderr, /previous outputs left untouched/);
  assert.deepEqual(dirHashes(out1), before);
  assert.equal(statSync(join(out1, 'observations.parquet')).mtimeMs, mtime);
  // without --strict the row is reported and kept out of the data
  const out3 = join(work, 'out3');
  const ok = cli(['--raw', raw, '--out', out3]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /zz-bad\.csv row 2, column province_zh: unknown province or region "Xanadu" \[Xanadu\] → nearest known:/);
});

test('a row citing an uncatalogued source fails the build even without --strict, outputs untouched', () => {
  const before = dirHashes(out1);
  const raw = rawDirWith('unknown-source.csv', readFileSync(fixture('bad/unknown-source.csv')));
  const r = cli(['--raw', raw, '--out', out1]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /unknown-source\.csv row 2, column source_url: source not in the catalogue/);
  assert.match(r.stderr, /add an entry for this page to data\/sources\.json/);
  assert.deepEqual(dirHashes(out1), before);
});

test('a file in no known layout fails the build with its name and row 1', () => {
  const raw = rawDirWith('unknown-layout.csv', readFileSync(fixture('bad/unknown-layout.csv')));
  const r = cli(['--raw', raw, '--out', join(work, 'never')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /unknown-layout\.csv row 1: layout not recognised/);
});

test('fixture rows of every bad kind are rejected with their reason', () => {
  const raw = mkdtempSync(join(work, 'raw-bad-'));
  copyFileSync(fixture('bad/figure-rows-bad.csv'), join(raw, 'figure-rows-bad.csv'));
  const r = cli(['--raw', raw, '--out', join(work, 'out-bad'), '--sources', fixture('sources.json')]);
  assert.equal(r.status, 0, r.stderr);
  const expect = [
    /row 3, column province_zh: unknown province or region "Xanadu"/,
    /row 4, column indicator_zh: unknown indicator "卫生技朮人员".*nearest known: 卫生技术人员/,
    /row 5, column unit: unknown unit "万只".*万人/,
    /row 6, column year: not a year: "20x1"/,
    /row 7, column value: not a number: "12\.\.3"/,
    /row 8, column value: negative headcount/,
    /row 9, column value: implausible density 88 per_1000/,
    /row 10, column area: unknown area "郊区"/,
  ];
  for (const re of expect) assert.match(r.stdout, re);
  assert.match(r.stdout, /figure-rows-bad\.csv\s+figure-rows:indicator\s+10\s+1\s+8\s+1/);
});

test('a yearbook table dropped into raw/ with its sidecar reaches the outputs with its citation', async () => {
  const raw = rawDirWith('chss-fake.csv', readFileSync(fixture('yearbook/by-year.csv')));
  copyFileSync(fixture('yearbook/by-year.csv.source.json'), join(raw, 'chss-fake.csv.source.json'));
  const out = join(work, 'out-yearbook');
  const r = await runBuild(opts(out, raw));
  const f = r.files.find((x) => x.file === 'chss-fake.csv')!;
  assert.deepEqual([f.layout, f.read, f.written, f.rejected, f.missing], ['yearbook:by-year', 36, 33, 0, 3]);
  const urban = await query(out, `SELECT value, source_id, area FROM observations WHERE raw_file = 'chss-fake.csv' AND cadre = 'nurses' AND year = 2013 ORDER BY area`);
  assert.deepEqual(urban, [
    { value: 0.24, source_id: 'fixture-yearbook-by-year', area: 'rural' },
    { value: 1.24, source_id: 'fixture-yearbook-by-year', area: 'total' },
    { value: 2.15, source_id: 'fixture-yearbook-by-year', area: 'urban' },
  ]);
  const src = await query(out, `SELECT id, kind, n_rows, raw_file FROM sources WHERE id = 'fixture-yearbook-by-year'`);
  assert.deepEqual(src, [{ id: 'fixture-yearbook-by-year', kind: 'official_table', n_rows: 33, raw_file: 'chss-fake.csv' }]);
});

test('the 2020 GP target (2-3 per 10 000, 国发〔2011〕23号 and 国办发〔2018〕3号) is two bounds, corroborated by 2 sources', async () => {
  const rows = await query(out1, `
    SELECT measure, value, unit, value_published, obs_id, n_sources, n_agree, disagrees, list_contains(flags, 'range') AS range
    FROM observations WHERE theme = 'target' AND cadre = 'gps' AND geo_code = 'CHN' AND year = 2020 AND area = 'total'
      AND measure IN ('target_low', 'target_high') AND is_preferred ORDER BY measure DESC`);
  assert.deepEqual(rows.map((r) => [r.measure, r.value, r.unit, r.n_sources, r.n_agree, r.disagrees, r.range]), [
    ['target_low', 2, 'per_10000', 2, 2, false, true],
    ['target_high', 3, 'per_10000', 2, 2, false, true],
  ]);
  const all = await query(out1, `SELECT obs_id, value_published FROM observations WHERE raw_file = 'training.csv' AND raw_row IN (99, 100) ORDER BY obs_id`);
  assert.deepEqual(all, [
    { obs_id: 'training.csv#100:high', value_published: '2~3' }, { obs_id: 'training.csv#100:low', value_published: '2~3' },
    { obs_id: 'training.csv#99:high', value_published: '2-3' }, { obs_id: 'training.csv#99:low', value_published: '2-3' },
  ]);
  const urban2012 = await query(out1, `SELECT measure, value FROM observations WHERE raw_file = 'training.csv' AND raw_row = 96 ORDER BY measure DESC`);
  assert.deepEqual(urban2012, [{ measure: 'target_low', value: 1 }, { measure: 'target_high', value: 2 }]);
  assert.deepEqual(first.rejections.filter((r) => r.raw_file === 'training.csv' && [96, 99, 100].includes(r.raw_row)), []);
  const training = first.files.find((f) => f.file === 'training.csv')!;
  assert.deepEqual([training.read, training.written, training.rejected, training.missing], [126, 125, 1, 0]); // one raw row = one written
  const labels = await query(out1, `SELECT code, zh, en FROM labels WHERE (domain = 'measure' AND code IN ('target_low', 'target_high')) OR (domain = 'flag' AND code = 'range') ORDER BY code`);
  assert.equal(labels.length, 3);
  for (const l of labels) assert.ok(l.zh && l.en, JSON.stringify(l));
});

test('a range with an implausible end is rejected once, as a whole row', async () => {
  const raw = mkdtempSync(join(work, 'raw-range-'));
  writeFileSync(join(raw, 'ranges.csv'), [
    'programme_zh,programme_en,measure_zh,measure_en,area,year,value,unit,source_title,source_url,locator,note',
    '全科医生队伍,GP workforce,目标,Target,全国,2020,2～3,人/万居民,TEST FIXTURE page,https://fixture.invalid/page,a,fake',
    '全科医生队伍,GP workforce,目标,Target,全国,2021,2至600,人/万居民,TEST FIXTURE page,https://fixture.invalid/page,b,fake',
  ].join('\n') + '\n');
  const out = join(work, 'out-range');
  const r = await runBuild({ ...opts(out, raw), cataloguePath: fixture('sources.json') });
  const f = r.files[0];
  assert.deepEqual([f.read, f.written, f.rejected, f.missing], [2, 1, 1, 0]);
  assert.equal(r.rejections.length, 1);
  assert.deepEqual([r.rejections[0].raw_row, r.rejections[0].value], [3, '2至600']);
  assert.match(r.rejections[0].reason, /implausible density 600 per_10000/);
  const obs = await query(out, `SELECT obs_id, measure, value FROM observations ORDER BY obs_id`);
  assert.deepEqual(obs, [
    { obs_id: 'ranges.csv#2:high', measure: 'target_high', value: 3 },
    { obs_id: 'ranges.csv#2:low', measure: 'target_low', value: 2 },
  ]);
});

test('the added files reach the data with the published values', async () => {
  const one = async (where: string) => {
    const r = await query(out1, `SELECT value, value_published, qualifier, source_id FROM observations WHERE ${where} AND is_preferred`);
    assert.equal(r.length, 1, where);
    return r[0];
  };
  // 山东统计年鉴2016 表19-13: 卫生技术人员 618644 (2015, all institutions)
  assert.deepEqual(await one(`raw_file = 'provincial-additions.csv' AND geo_code = '370000' AND year = 2015 AND cadre = 'health_technicians' AND measure = 'headcount'`),
    { value: 618644, value_published: '618644', qualifier: null, source_id: 'shandong-yb2016-19-13' });
  // HRH 2021 Table 6: Beijing GP registration rate 2017, 54.3 %
  assert.deepEqual(await one(`cadre = 'gps_registered' AND measure = 'share_of_gps' AND geo_code = '110000' AND year = 2017`),
    { value: 54.3, value_published: '54.3', qualifier: null, source_id: 'hrh-s12960-021-00561-8-t6' });
  // 2023 bulletin: 卫生人员 1523.7万, exact, read from a reputable reprint rather than the mirrors
  const hw = await one(`cadre = 'health_workers' AND measure = 'headcount' AND geo_code = 'CHN' AND year = 2023 AND institution = 'all' AND area = 'total'`);
  assert.deepEqual([hw.value, hw.qualifier], [15237000, null]);
  // 新浪香港 / 新华社: 超過563萬 registered nurses (2023) keeps its qualifier
  const bounded = await query(out1, `SELECT qualifier, qualifier_printed FROM observations WHERE source_id = 'portal-sina-com-hk-563' AND cadre = 'nurses' AND measure = 'headcount'`);
  assert.ok(bounded.some((r) => r.qualifier === 'more_than' && r.qualifier_printed === '超過'), JSON.stringify(bounded));
  // Kazinform: 1.8 doctors per 1,000 in rural areas, 2018
  assert.deepEqual(await one(`area = 'rural' AND cadre = 'physicians_assistants' AND measure = 'density' AND year = 2018`),
    { value: 1.8, value_published: '1.8', qualifier: null, source_id: 'kt-kz-1377883831' });
});

test('2.90 keeps its two printed decimals; 1069.4万 is precise to thousands', async () => {
  const r = await query(out1, `SELECT DISTINCT precision FROM observations WHERE value_published = '1069.4' AND unit_published = '万人'`);
  assert.deepEqual(r, [{ precision: -3 }]);
  const d = await query(out1, `SELECT DISTINCT precision FROM observations WHERE value_published = '2.90' AND measure = 'density'`);
  assert.deepEqual(d, [{ precision: 2 }]);
});

test('repeated rejections are one line with the count, the rows and how to fix them', () => {
  const many = Array.from({ length: 6324 }, (_, i) => ({ raw_file: 'who-dentists.csv', raw_row: i + 2, column: 'IndicatorCode', value: 'HWF_0010', reason: 'WHO indicator HWF_0010 is not in data/vocab', suggestion: 'add to data/vocab/indicators.csv: …' }));
  const lines = rejectionSummary([...many, { raw_file: 'a.csv', raw_row: 5, column: 'unit', value: 'x', reason: 'unknown unit "x"', suggestion: null }]);
  assert.deepEqual(lines, [
    'who-dentists.csv, 6324 rows (2–6325), column IndicatorCode: WHO indicator HWF_0010 is not in data/vocab [HWF_0010] → add to data/vocab/indicators.csv: …',
    'a.csv row 5, column unit: unknown unit "x" [x]',
  ]);
});
