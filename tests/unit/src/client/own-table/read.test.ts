import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readRawFile } from '../../../../../scripts/pipeline/layouts/read-raw-file.ts';
import { placeFigures } from '../../../../../scripts/pipeline/place-figures.ts';
import { loadCatalogue } from '../../../../../scripts/pipeline/sources.ts';
import { formatRejection } from '../../../../../scripts/pipeline/build.ts';
import { guessAnswers, readTextTable, type TableAnswers } from '../../../../../src/client/own-table/read.ts';
import { parseCsv } from '../../../../../scripts/pipeline/csv.ts';
import { fixture, root, vocab } from '../../../helpers/pipeline.ts';

const catalogue = loadCatalogue(`${root}data/sources.json`);
const fixtureCatalogue = loadCatalogue(fixture('sources.json'));

/** What the build makes of a file (with its sidecar) and what the reader's browser makes of it, side by side. */
function both(path: string, answers: TableAnswers | undefined, cat = catalogue) {
  const parsed = readRawFile(path);
  const build = placeFigures(parsed, { vocab, catalogue: cat, extraLabels: new Map() });
  const own = readTextTable(basename(path), readFileSync(path), { vocab, catalogue: cat }, answers);
  return { parsed, build, own };
}

/** The observation columns that do not depend on which source the file is credited to. */
const comparable = (o: { obs_id: string; year: number; geo_code: string; area: string; cadre: string; measure: string; unit: string; value: number; value_published: string; precision: number; raw_row: number }) =>
  [o.obs_id, o.year, o.geo_code, o.area, o.cadre, o.measure, o.unit, o.value, o.value_published, o.precision, o.raw_row].join('|');

function assertSame(path: string, answers?: TableAnswers, cat = catalogue) {
  const { parsed, build, own } = both(path, answers, cat);
  assert.equal(own.layout, parsed.layout);
  assert.equal(own.encoding, parsed.encoding);
  assert.deepEqual(own.rows.map(comparable), build.observations.map(comparable));
  assert.deepEqual(own.rejections.map(formatRejection), build.rejections.map(formatRejection));
  assert.deepEqual([own.read, own.placed, own.rejected, own.missing], [build.read, build.written, build.rejected, build.missing]);
  assert.equal(own.read, own.placed + own.rejected + own.missing, 'nothing is dropped silently');
  return own;
}

test("the build's yearbook fixtures read the same in the browser module", () => {
  assertSame(fixture('yearbook/by-year.csv'), { measure: 'density', unit: '人/千人口', year: null }, fixtureCatalogue);
  assertSame(fixture('yearbook/by-region-gb18030.csv'), { measure: 'headcount', unit: '人', year: 2021 }, fixtureCatalogue);
});

test("the build's figure-row fixtures, rejections included, read the same", () => {
  const own = assertSame(fixture('bad/figure-rows-bad.csv'), undefined, fixtureCatalogue);
  assert.ok(own.rejected > 0);
});

test('a GB18030 yearbook urban/rural density table: merged headers, full-width digits, footnote marks, notes', () => {
  const path = fixture('own-table/urban-rural-density-gb18030.csv');
  const sidecar = JSON.parse(readFileSync(`${path}.source.json`, 'utf8')) as { measure: 'density'; unit: string };
  const own = assertSame(path, { measure: sidecar.measure, unit: sidecar.unit, year: null });
  assert.equal(own.encoding, 'gb18030');
  assert.equal(own.layout, 'yearbook:by-year');
  assert.equal(own.noteLines, 6, '3 title lines + 3 note lines');
  const v = (year: number, cadre: string, area: string) => own.rows.find((r) => r.year === year && r.cadre === cadre && r.area === area);
  assert.equal(v(2015, 'health_technicians', 'total')?.value, 5.84); // printed ５．８４
  assert.equal(v(2018, 'nurses', 'urban')?.value, 5.08); // row 2018①
  assert.equal(v(2020, 'physicians_assistants', 'rural')?.value, 2.06); // row 2020*
  assert.equal(v(2021, 'pharmacists', 'total'), undefined, '— prints no figure');
  assert.ok(own.rows.every((r) => r.unit === 'per_1000' && r.measure === 'density' && r.geo_code === 'CHN'));
  assert.deepEqual([own.read, own.placed, own.rejected, own.missing], [8 * 10 + 10, 8 * 10 - 2, 10, 2]);
  assert.equal(own.rejections[0].reason, 'row label "2021年(修订)" is not a year');
  assert.equal(own.rejections[0].raw_row, 13);
});

test('a by-region TSV in 万人: the year from the title, an unknown region rejected with the nearest known names', () => {
  const path = fixture('own-table/headcount-by-region.tsv');
  const answers = guessAnswers(parseCsv(new TextDecoder().decode(readFileSync(path))));
  assert.deepEqual(answers, { measure: 'headcount', unit: '万人', year: 2022 });
  const own = assertSame(path, answers);
  const v = (geo: string, cadre: string) => own.rows.find((r) => r.geo_code === geo && r.cadre === cadre)?.value;
  assert.equal(v('CHN', 'health_technicians'), 11658000);
  assert.equal(v('110000', 'nurses'), 127000);
  assert.equal(v('540000', 'physicians_assistants'), 12000);
  assert.equal(own.rejected, 3);
  assert.match(own.rejections[0].reason, /unknown province or region "火星"/);
  assert.match(own.rejections[0].suggestion ?? '', /^nearest known: /);
});

test("the site's own row-per-figure layout: known citations placed, a misspelt indicator rejected with the nearest label", () => {
  const own = assertSame(fixture('own-table/figure-rows.csv'));
  assert.equal(own.layout, 'figure-rows:indicator');
  assert.equal(own.placed, 4);
  assert.equal(own.rows.find((r) => r.area === 'urban')?.value, 5.08);
  assert.equal(own.rejected, 1);
  assert.match(own.rejections[0].reason, /unknown indicator "每千人口注册护土"/);
  assert.match(own.rejections[0].suggestion ?? '', /每千人口注册护士/);
});

test('WHO GHO export', () => {
  const path = fixture('who/gho-export.csv');
  const own = readTextTable('gho-export.csv', readFileSync(path), { vocab, catalogue }, undefined);
  const build = placeFigures(readRawFile(path), { vocab, catalogue, extraLabels: new Map() });
  assert.equal(own.layout, 'who-gho-export');
  assert.deepEqual(own.rows.map(comparable), build.observations.map(comparable));
  assert.ok(own.placed > 0);
});

test('an empty file is one rejection naming it', () => {
  const own = readTextTable('empty.csv', new Uint8Array(), { vocab, catalogue }, undefined);
  assert.equal(own.rejections.length, 1);
  assert.match(own.rejections[0].reason, /empty file/);
});

test('the same table as an .xlsx workbook (numbers as numbers, merged headings) places the same rows', async () => {
  const { workbookFromCsv } = await import('../../../../helpers/own-table-xlsx.ts');
  const { xlsxRecords } = await import('../../../../../src/client/own-table/xlsx.ts');
  const { placeRecords } = await import('../../../../../src/client/own-table/read.ts');
  const path = fixture('own-table/urban-rural-density-gb18030.csv');
  const records = await xlsxRecords(new Uint8Array(await workbookFromCsv(path)));
  const answers: TableAnswers = { measure: 'density', unit: '人/千人口', year: null };
  const fromXlsx = placeRecords('urban-rural-density-gb18030.csv', records, 'xlsx', { vocab, catalogue }, answers);
  const fromCsv = readTextTable('urban-rural-density-gb18030.csv', readFileSync(path), { vocab, catalogue }, answers);
  assert.equal(fromXlsx.layout, 'yearbook:by-year');
  assert.deepEqual(fromXlsx.rows.map(comparable), fromCsv.rows.map(comparable));
  assert.deepEqual(fromXlsx.rejections.map(formatRejection), fromCsv.rejections.map(formatRejection));
  assert.equal(fromXlsx.rows.find((r) => r.year === 2016 && r.cadre === 'nurses' && r.area === 'urban')?.value_published, '4.75');
});

test('a Parquet file (ZSTD) of the row-per-figure layout places the same rows as its CSV', async () => {
  const { parquetFromCsv } = await import('../../../../helpers/own-table-parquet.ts');
  const { parquetRecords } = await import('../../../../../src/client/own-table/parquet.ts');
  const { placeRecords } = await import('../../../../../src/client/own-table/read.ts');
  const path = fixture('own-table/figure-rows.csv');
  const records = await parquetRecords(new Uint8Array(await parquetFromCsv(path)));
  const fromParquet = placeRecords('figure-rows.csv', records, 'parquet', { vocab, catalogue });
  const fromCsv = readTextTable('figure-rows.csv', readFileSync(path), { vocab, catalogue });
  assert.deepEqual(fromParquet.rows.map(comparable), fromCsv.rows.map(comparable));
  assert.deepEqual(fromParquet.rejections.map(formatRejection), fromCsv.rejections.map(formatRejection));
  assert.equal(fromParquet.placed, 4);
});
