import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawFile } from '../../../../../scripts/pipeline/layouts/read-raw-file.ts';
import { chinesePart, splitHeader, cleanRowLabel, parseYearbook } from '../../../../../scripts/pipeline/layouts/yearbook.ts';
import { parseCsv } from '../../../../../scripts/pipeline/csv.ts';
import { normaliseFigure, type Obs } from '../../../../../scripts/pipeline/normalise.ts';
import { context, fixture } from '../../../helpers/pipeline.ts';
import type { Sidecar } from '../../../../../scripts/pipeline/sources.ts';

function normaliseAll(path: string) {
  const parsed = readRawFile(path);
  const ctx = context();
  const obs: Obs[] = [], rejected = [], missing: number[] = [];
  for (const f of parsed.figures) {
    const o = normaliseFigure(f, ctx);
    if (o.kind === 'obs') obs.push(o.obs); else if (o.kind === 'rejected') rejected.push(o.rejection); else missing.push(f.raw_row);
  }
  return { parsed, obs, rejected, missing };
}

test('header cells: units in brackets, # and 其中 markers', () => {
  assert.deepEqual(splitHeader('卫生技术人员(人)'), { label: '卫生技术人员', unit: '人' });
  assert.deepEqual(splitHeader('执业(助理)医师'), { label: '执业(助理)医师', unit: null });
  assert.deepEqual(splitHeader('#注册护士（万人）'), { label: '注册护士', unit: '万人' });
  assert.deepEqual(splitHeader('其中：执业医师'), { label: '执业医师', unit: null });
  assert.equal(cleanRowLabel('２０１５年'), '2015');
  assert.equal(cleanRowLabel('2012*'), '2012');
  assert.equal(cleanRowLabel('北 京'), '北京');
});

test('year-row table: merged headers, 合计/城市/农村, full-width digits, footnotes, missing cells, trailing notes', () => {
  const { parsed, obs, rejected, missing } = normaliseAll(fixture('yearbook/by-year.csv'));
  assert.equal(parsed.layout, 'yearbook:by-year');
  assert.equal(parsed.encoding, 'utf-8-bom');
  assert.equal(parsed.noteLines, 5, '2 title lines + 3 note lines');
  assert.equal([...parsed.figures].length, 4 * 9);
  assert.equal(rejected.length, 0, JSON.stringify(rejected));
  assert.equal(missing.length, 3, '—, … and a blank cell are missing');
  const get = (year: number, cadre: string, area: string) => obs.find((o) => o.year === year && o.cadre === cadre && o.area === area);
  assert.equal(get(2010, 'health_technicians', 'total')?.value, 1.11); // printed １．１１
  assert.equal(get(2010, 'health_technicians', 'total')?.value_published, '１．１１');
  assert.equal(get(2012, 'health_technicians', 'total')?.value, 1.13); // printed 1.13* in row 2012*
  assert.equal(get(2012, 'physicians_assistants', 'urban')?.value, 2.04); // printed 2.04#
  assert.equal(get(2013, 'nurses', 'rural')?.value, 0.24);
  assert.equal(get(2011, 'physicians_assistants', 'rural'), undefined, '— is no observation');
  const o = get(2013, 'nurses', 'rural')!;
  assert.deepEqual([o.unit, o.denominator, o.geo_code, o.source_id, o.measure], ['per_1000', 'unspecified', 'CHN', 'fixture-yearbook-by-year', 'density']);
  assert.equal(o.obs_id, 'by-year.csv#8:10');
  assert.match(o.locator, /表2-2-1; row 2013, column 注册护士\/农村/);
});

test('by-region GB18030 table: spaced and full province names, header units, thousands separators; unknown region rejected with suggestions', () => {
  const { parsed, obs, rejected, missing } = normaliseAll(fixture('yearbook/by-region-gb18030.csv'));
  assert.equal(parsed.layout, 'yearbook:by-region');
  assert.equal(parsed.encoding, 'gb18030');
  assert.equal(missing.length, 2);
  const v = (geo: string, cadre: string) => obs.find((o) => o.geo_code === geo && o.cadre === cadre)?.value;
  assert.equal(v('CHN', 'health_technicians'), 1111111);
  assert.equal(v('110000', 'physicians_assistants'), 2222);
  assert.equal(v('150000', 'nurses'), 3456);
  assert.equal(v('540000', 'health_technicians'), 1001);
  assert.ok(obs.every((o) => o.year === 2021 && o.measure === 'headcount' && o.unit === 'persons'));
  assert.equal(rejected.length, 3, 'the three cells of the 火星 row');
  assert.equal(rejected[0].raw_row, 7);
  assert.match(rejected[0].reason, /unknown province or region "火星"/);
  assert.ok(rejected[0].suggestion);
});

test('a table without a recognisable header is rejected, not silently skipped', () => {
  const parsed = readRawFile(fixture('yearbook/no-header.csv'));
  assert.equal([...parsed.figures].length, 0);
  assert.equal(parsed.rejections.length, 1);
  assert.equal(parsed.rejections[0].column, '(header)');
});

/** A table on its publisher's own page: it is its own original. */
const ORIGINAL = { copy_kind: 'original', original_publisher: null, original_title: null, original_title_en: null, original_date: null, original_locator: null, original_note: null } as const;

test('a by-region table needs its year; a table needs its measure', () => {
  const base: Sidecar = { id: 'x', publisher: 'p', title: 't', url: null, locator: null, language: 'zh-Hans', kind: 'official_table', licence: 'l', ...ORIGINAL };
  const recs = parseCsv('地区,卫生技术人员\n北京,1\n');
  assert.match(parseYearbook('f.csv', recs, { ...base, measure: 'headcount' }).rejections[0].reason, /year/);
  assert.match(parseYearbook('f.csv', recs, { ...base, year: 2020 }).rejections[0].reason, /measure/);
});

test('a single header row of 合计/城市/农村 takes its cadre from the sidecar; a non-year row is rejected', () => {
  const base: Sidecar = { id: 'x', publisher: 'p', title: 't', url: null, locator: null, language: 'zh-Hans', kind: 'official_table', licence: 'l', ...ORIGINAL, measure: 'density', unit: '人/千人口', cadre: '注册护士' };
  const r = parseYearbook('f.csv', parseCsv('年份,合计,城市,农村\n2020,1,2,3\n合计行,4,5,6\n'), base);
  assert.deepEqual(r.figures.map((f) => [f.cadre?.text, f.area?.text, f.value.text]), [['注册护士', '合计', '1'], ['注册护士', '城市', '2'], ['注册护士', '农村', '3']]);
  assert.equal(r.rejections.length, 1);
  assert.equal(r.rejections[0].raw_row, 3);
  assert.equal(r.rejectedFigures, 3);
});

test('bilingual headers and row labels, as the yearbooks print them: the Chinese is read, the English left out', () => {
  assert.equal(chinesePart('合计 Total'), '合计');
  assert.equal(chinesePart('北 京 Beijing'), '北 京');
  assert.equal(chinesePart('内蒙古 Inner Mongolia'), '内蒙古');
  assert.equal(chinesePart('执业(助理)医师\nLicensed (Assistant) Doctors'), '执业(助理)医师');
  assert.equal(chinesePart('卫生技术人员(人) Health Technicians (person)'), '卫生技术人员(人)');
  assert.equal(chinesePart('Total'), 'Total');
  const { parsed, obs, rejected, missing } = normaliseAll(fixture('yearbook/bilingual.csv'));
  assert.equal(parsed.layout, 'yearbook:by-year');
  assert.equal(rejected.length, 0, JSON.stringify(rejected));
  assert.deepEqual([obs.length, missing.length, parsed.noteLines], [11, 1, 3]);
  const get = (year: number, cadre: string, area: string) => obs.find((o) => o.year === year && o.cadre === cadre && o.area === area)?.value;
  assert.deepEqual([get(2019, 'health_technicians', 'urban'), get(2020, 'physicians_assistants', 'total'), get(2019, 'physicians_assistants', 'rural')], [2.22, 1.02, 0.01]);
});

test('a bilingual by-region table: provinces found from "北 京 Beijing"', () => {
  const records = parseCsv('地区 Region,卫生技术人员 Health Technicians,注册护士 Registered Nurses\n全 国 Total,"1,111",222\n北 京 Beijing,333,44\n内蒙古 Inner Mongolia,555,66\n');
  const sidecar = { id: 'x', measure: 'headcount', unit: '人', year: 2021, locator: null } as unknown as Sidecar;
  const r = parseYearbook('t.csv', records, sidecar);
  assert.equal(r.layout, 'yearbook:by-region');
  assert.deepEqual(r.figures.map((f) => [f.geo?.text, f.cadre?.text, f.area?.text, f.value.text]), [
    ['全 国', '卫生技术人员', '合计', '1,111'], ['全 国', '注册护士', '合计', '222'],
    ['北 京', '卫生技术人员', '合计', '333'], ['北 京', '注册护士', '合计', '44'],
    ['内蒙古', '卫生技术人员', '合计', '555'], ['内蒙古', '注册护士', '合计', '66'],
  ]);
});

test('a 合计 row beside only some provinces is their total, not the national figure: rejected; beside all 31 it is kept', () => {
  const sidecar = { id: 'x', measure: 'headcount', unit: '人', year: 2021, locator: null } as unknown as Sidecar;
  const partial = parseYearbook('t.csv', parseCsv('省份,卫生技术人员,注册护士\n北京,291,127\n河北,520,218\n合计,811,345\n'), sidecar);
  assert.deepEqual(partial.figures.map((f) => f.geo?.text), ['北京', '北京', '河北', '河北']);
  assert.equal(partial.rejections.length, 1);
  assert.deepEqual([partial.rejections[0].raw_row, partial.rejections[0].value, partial.rejectedFigures], [4, '合计', 2]);
  assert.match(partial.rejections[0].reason, /total of the 2 rows listed, not the national figure/);
  const names = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
    '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆'];
  const whole = parseYearbook('t.csv', parseCsv(`地区,卫生技术人员\n总计,9999\n${names.map((n) => `${n},1`).join('\n')}\n`), sidecar);
  assert.deepEqual([whole.rejections.length, whole.figures.length, whole.figures[0]!.geo?.text], [0, 32, '总计']);
});

test('a table with its years across the header row is read turned round: a cadre per row, its 城市/农村 rows, the year of each column', () => {
  const sidecar = { id: 'x', measure: 'headcount', unit: '万人', locator: '表 1' } as unknown as Sidecar;
  const r = parseYearbook('t.csv', parseCsv('指标,2018年,2019年,2020年\n卫生技术人员（万人）,952.9,1015.4,1067.8\n城市,—,540.5,\n农村,,474.9,\n注册护士,409.9,444.5,470.9\n注：2020年数据为初步数。\n'), sidecar);
  assert.equal(r.layout, 'yearbook:years-across');
  assert.deepEqual([r.rejections.length, r.rejectedFigures, r.noteLines], [0, 0, 1]);
  const cells = r.figures.filter((f) => f.value.text.trim()).map((f) => [f.raw_row, f.cadre?.text, f.area?.text, f.year.text, f.value.text, f.unit.text]);
  assert.deepEqual(cells, [
    [2, '卫生技术人员', '合计', '2018年', '952.9', '万人'], [2, '卫生技术人员', '合计', '2019年', '1015.4', '万人'], [2, '卫生技术人员', '合计', '2020年', '1067.8', '万人'],
    [3, '卫生技术人员', '城市', '2018年', '—', '万人'], [3, '卫生技术人员', '城市', '2019年', '540.5', '万人'],
    [4, '卫生技术人员', '农村', '2019年', '474.9', '万人'],
    [5, '注册护士', '合计', '2018年', '409.9', '万人'], [5, '注册护士', '合计', '2019年', '444.5', '万人'], [5, '注册护士', '合计', '2020年', '470.9', '万人'],
  ]);
  assert.equal(r.figures.find((f) => f.raw_row === 3 && f.year.text === '2019年')!.locator, '表 1; row 城市, column 2019年 (卫生技术人员/城市)');
  // every printed cell becomes a figure, so rows read = figures written + rejected, and normalising names the year
  const ctx = context();
  const obs = r.figures.map((f) => normaliseFigure(f, ctx)).filter((o) => o.kind === 'obs').map((o) => o.kind === 'obs' ? o.obs : null)!;
  assert.deepEqual(obs.filter((o) => o!.cadre === 'health_technicians' && o!.area === 'rural').map((o) => [o!.year, o!.value]), [[2019, 4749000]]);
});

test('the first heading of a table turned round may be 项目, 指标名称 or blank; years may be printed at their end (2019年末)', () => {
  const sidecar = { id: 'x', measure: 'headcount', unit: '万人', locator: null } as unknown as Sidecar;
  for (const text of ['项目,2019年末,2020年末\n注册护士,444.5,470.9\n', '指标名称,2019,2020\n注册护士,444.5,470.9\n', ',2019,2020\n注册护士,444.5,470.9\n']) {
    const r = parseYearbook('t.csv', parseCsv(text), sidecar);
    assert.deepEqual([r.layout, r.figures.map((f) => f.value.text)], ['yearbook:years-across', ['444.5', '470.9']], text);
  }
  const down = parseYearbook('t.csv', parseCsv('年份,注册护士\n2019年末,444.5\n2020年底,470.9\n'), sidecar);
  assert.deepEqual([down.layout, down.rejections.length, down.figures.map((f) => f.year.text)], ['yearbook:by-year', 0, ['2019年末', '2020年底']]);
});

test('a long table, one figure per row, is read by its column names; each row is a density or a headcount by its own unit', () => {
  const sidecar = { id: 'x', measure: 'density', unit: '人/千人口', locator: '表 2' } as unknown as Sidecar;
  const text = '某市卫生人员（测试）\n指标,地区,城乡,年份,数值,单位\n注册护士,全国,城市,2019,5.22,人/千人口\n注册护士,全国,农村,2019年末,1.99,人/千人口\n卫生技术人员,北京,,2021,29.1,万人\n注册护士,火星,,2021,1,万人\n注：数字为虚构。\n';
  const r = parseYearbook('t.csv', parseCsv(text), sidecar);
  assert.deepEqual([r.layout, r.figures.length, r.noteLines, r.rejections.length], ['yearbook:long', 4, 2, 0]);
  const ctx = context();
  const out = r.figures.map((f) => normaliseFigure(f, ctx));
  const obs = out.flatMap((o) => (o.kind === 'obs' ? [o.obs] : []));
  assert.deepEqual(obs.map((o) => [o.raw_row, o.cadre, o.geo_code, o.area, o.year, o.value, o.measure]), [
    [3, 'nurses', 'CHN', 'urban', 2019, 5.22, 'density'],
    [4, 'nurses', 'CHN', 'rural', 2019, 1.99, 'density'],
    [5, 'health_technicians', '110000', 'total', 2021, 291000, 'headcount'],
  ]);
  const rejected = out.flatMap((o) => (o.kind === 'rejected' ? [o.rejection] : []));
  assert.deepEqual(rejected.map((x) => [x.raw_row, x.column]), [[6, '地区']]);
  assert.equal(r.figures[0]!.locator, '表 2; row 3');
});

test('a row of a years-across table that names no cadre is rejected with its row and the nearest cadre', () => {
  const sidecar = { id: 'x', measure: 'headcount', unit: '人', locator: null } as unknown as Sidecar;
  const r = parseYearbook('t.csv', parseCsv('指标,2019,2020\n卫生技师人员,10,12\n'), sidecar);
  const ctx = context();
  const out = r.figures.map((f) => normaliseFigure(f, ctx));
  assert.deepEqual(out.map((o) => o.kind), ['rejected', 'rejected']);
  const rej = out[0]!.kind === 'rejected' ? out[0]!.rejection : null;
  assert.equal(rej!.raw_row, 2);
  assert.match(rej!.reason, /卫生技师人员/);
});
