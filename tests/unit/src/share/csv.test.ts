import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { chartCsv, csvCell, neutraliseCell } from '../../../../src/share/csv.ts';
import { snapshot } from '../../helpers/share-fixture.ts';

function parse(csv: string): string[][] {
  assert.ok(csv.startsWith('\uFEFF'), 'starts with a UTF-8 BOM');
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

test('formula-like text cells are neutralised', () => {
  for (const bad of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
    assert.equal(neutraliseCell(bad), `'${bad}`);
  }
  assert.equal(neutraliseCell('城市'), '城市');
  assert.equal(neutraliseCell('a=b'), 'a=b');
});

test('real negative numbers in numeric columns stay numbers; the same text in a text column does not', () => {
  assert.equal(csvCell(-0.35, true), '-0.35');
  assert.equal(csvCell('-0.35', true), "'-0.35");
  assert.equal(csvCell(-0.35, false), "'-0.35");
  assert.equal(csvCell(null, true), '');
  assert.equal(csvCell(Number.NaN, true), '');
  assert.equal(csvCell(2015n, true), '2015');
});

test('quotes, commas and newlines survive a round trip', () => {
  const s = snapshot({
    rows: [{ year: 2015, area: 'a, "b"\nc', value: 1, unit: 'per_1000', source_id: 'yb2016' }],
  });
  const [, row] = parse(chartCsv(s));
  assert.equal(row![1], 'a, "b"\nc');
});

test('chart CSV has the drawn rows, localised labels, unit, qualifier, original publication and the copy read', () => {
  const s = snapshot();
  const csv = chartCsv(s);
  assert.ok(csv.endsWith('\r\n'));
  const rows = parse(csv);
  assert.deepEqual(rows[0], ['Year', 'Area', 'Value', 'unit', 'qualifier (as printed)', 'original publication', 'read from (copy and kind of copy)', 'address of the copy']);
  assert.equal(rows.length, 1 + s.rows.length);
  assert.deepEqual(rows[1], ['2015', 'Cities', '3.72', 'per 1,000 population', '',
    'National Health and Family Planning Commission: China Health and Family Planning Statistical Yearbook 2016, Table 2-2-1',
    "www.nhc.gov.cn, publisher's own page", 'http://www.nhc.gov.cn/a']);
  assert.deepEqual(rows[4]!.slice(5), ['National Health Commission: China Health Statistical Yearbook 2021', '010baizhang.com, mirror', 'http://010baizhang.com/b']);
  assert.doesNotMatch(csv, /yb2016|yb2021/, 'internal source ids never reach a download');
});

test('a bounded figure keeps its qualifier in the CSV; the number stays a number', () => {
  const s = snapshot({ rows: [{ year: 2018, area: 'rural', area_en: 'Countryside', value: 2, qualifier: 'less_than', qualifier_printed: 'less than', unit: 'per_1000', source_id: 'yb2016' }] });
  const [, row] = parse(chartCsv(s));
  assert.deepEqual(row!.slice(0, 5), ['2018', 'Countryside', '2', 'per_1000', 'less than']);
});

test('Chinese CSV uses Chinese headers, labels and original titles', () => {
  const rows = parse(chartCsv(snapshot({ lang: 'zh' })));
  assert.deepEqual(rows[0], ['年份', '地区', '数值', '单位', '限定词（原文）', '原始出处', '读取自（副本及其类型）', '副本网址']);
  assert.equal(rows[2]![1], '农村');
  assert.equal(rows[2]![3], '每千人口');
  assert.equal(rows[2]![5], '国家卫生计生委《2016中国卫生和计划生育统计年鉴》，表2-2-1');
});

test('a malicious label from the data is neutralised inside the chart CSV', () => {
  const s = snapshot({ rows: [{ year: 2015, area: '=cmd|"/c calc"!A1', value: -1.5, unit: 'per_1000', source_id: 'yb2016' }] });
  const rows = parse(chartCsv(s));
  assert.equal(rows[1]![1], `'=cmd|"/c calc"!A1`);
  assert.equal(rows[1]![2], '-1.5');
});

test('a row without its own source lists every source of the chart', () => {
  const s = snapshot({ rows: [{ year: 2015, area: 'urban', value: 1 }] });
  const rows = parse(chartCsv(s));
  assert.equal(rows[1]![5], 'National Health and Family Planning Commission: China Health and Family Planning Statistical Yearbook 2016, Table 2-2-1; National Health Commission: China Health Statistical Yearbook 2021');
  assert.equal(rows[1]![3], '');
});

test('yes/no columns read as words in the CSV language', () => {
  const s = snapshot({ lang: 'zh', columns: [{ key: 'flag', label: { zh: '二手来源', en: 'Secondary' }, format: 'text' }],
    rows: [{ flag: true }, { flag: false }] });
  const rows = parse(chartCsv(s));
  assert.deepEqual(rows.slice(1).map((r) => r[0]), ['是', '否']);
});

test('a table that already shows the unit gets no second unit column', () => {
  const s = snapshot({
    columns: [{ key: 'year', label: { zh: '年份', en: 'Year' }, format: 'year' }, { key: 'unit', label: { zh: '单位', en: 'Unit' }, format: 'text' }],
    rows: [{ year: 2015, unit: 'per_1000', unit_en: 'per 1,000', source_id: 'yb2016' }],
  });
  const rows = parse(chartCsv(s));
  assert.deepEqual(rows[0], ['Year', 'Unit', 'qualifier (as printed)', 'original publication', 'read from (copy and kind of copy)', 'address of the copy']);
  assert.deepEqual(rows[1]!.slice(0, 2), ['2015', 'per 1,000']);
});
