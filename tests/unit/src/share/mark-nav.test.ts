import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announceMark, buildMarkIndex, moveMark, rowAt } from '../../../../src/share/mark-nav.ts';
import { snapshot } from '../../helpers/share-fixture.ts';

const s = snapshot();
const index = buildMarkIndex(s.rows, s.columns, 'en');

test('rows are grouped into series by text columns, ordered by year', () => {
  assert.deepEqual(index.series.map((x) => x.label), ['Cities', 'Countryside']);
  assert.deepEqual(index.series[0]!.rows, [0, 2]);
});

test('arrow keys step within a series, up/down change series at the same year, Home/End jump', () => {
  let pos = moveMark(index, s.rows, null, 'ArrowRight');
  assert.deepEqual(pos, { series: 0, point: 0 });
  pos = moveMark(index, s.rows, pos, 'ArrowRight');
  assert.deepEqual(pos, { series: 0, point: 1 });
  assert.deepEqual(moveMark(index, s.rows, pos, 'ArrowRight'), { series: 0, point: 1 }, 'stops at the end');
  pos = moveMark(index, s.rows, pos, 'ArrowDown');
  assert.deepEqual(pos, { series: 1, point: 1 });
  assert.equal(s.rows[rowAt(index, pos!)]!.year, 2020);
  assert.deepEqual(moveMark(index, s.rows, pos, 'Home'), { series: 1, point: 0 });
  assert.deepEqual(moveMark(index, s.rows, { series: 1, point: 0 }, 'End'), { series: 1, point: 1 });
  assert.equal(moveMark(index, s.rows, pos, 'Tab'), null);
});

test('announcement reads series, year, value, unit and source', () => {
  assert.equal(
    announceMark(index, s.rows, { series: 1, point: 0 }, s.columns, s.sources, 'en'),
    "Countryside, 2015: 1.55 per 1,000 population (source: National Health and Family Planning Commission: China Health and Family Planning Statistical Yearbook 2016, Table 2-2-1; read from: www.nhc.gov.cn, publisher's own page) — 1 of 2",
  );
  const zh = buildMarkIndex(s.rows, s.columns, 'zh');
  assert.equal(
    announceMark(zh, s.rows, { series: 0, point: 1 }, s.columns, s.sources, 'zh'),
    '城市，2020: 4.25 每千人口（来源：国家卫生健康委员会《2021中国卫生健康统计年鉴》；读取自：010baizhang.com（镜像站转载）） — 第 2 个，共 2 个',
  );
});

test('a missing value is read as no data, never as zero', () => {
  const rows = [{ year: 2019, value: null, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population' }];
  const cols = [s.columns[0]!, s.columns[2]!];
  const i = buildMarkIndex(rows, cols, 'en');
  assert.match(announceMark(i, rows, { series: 0, point: 0 }, cols, [], 'en'), /^2019: no data/);
});

test('without a unit on the row, the value is named by its column label', () => {
  const rows = [{ year: 2018, value: 5.08 }];
  const cols = [s.columns[0]!, { key: 'value', label: { zh: '每千人口', en: 'Per 1,000' }, format: 'number' as const }];
  const i = buildMarkIndex(rows, cols, 'zh');
  assert.equal(announceMark(i, rows, { series: 0, point: 0 }, cols, [], 'zh'), '2018: 每千人口 5.08 — 第 1 个，共 1 个');
});

test('yes/no columns are read out as flags, not split into series; empty extra values are skipped', () => {
  const cols = [...s.columns, { key: 'ratio', label: { zh: '城乡比', en: 'Ratio' }, format: 'number' as const },
    { key: 'is_secondary', label: { zh: '二手来源', en: 'Secondary' }, format: 'text' as const }];
  const rows = [
    { year: 2015, area_en: 'Cities', value: 3.72, ratio: null, is_secondary: true, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population' },
    { year: 2020, area_en: 'Cities', value: 4.25, ratio: 2.06, is_secondary: false, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population' },
  ];
  const i = buildMarkIndex(rows, cols, 'en');
  assert.equal(i.series.length, 1);
  assert.equal(announceMark(i, rows, { series: 0, point: 0 }, cols, [], 'en'), 'Cities, 2015: 3.72 per 1,000 population (Secondary) — 1 of 2');
  assert.equal(announceMark(i, rows, { series: 0, point: 1 }, cols, [], 'en'),
    'Cities, 2020: Value 4.25 per 1,000 population, Ratio 2.06 — 2 of 2');
});

test('one point per series (a ranking) steps through all rows in table order', () => {
  const cols = [{ key: 'province', label: { zh: '省份', en: 'Province' }, format: 'text' as const }, s.columns[0]!, s.columns[2]!];
  const rows = [{ province: 'Beijing', year: 2020, value: 9.3, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population' }, { province: 'Shanghai', year: 2020, value: 7.3, unit: 'per_1000', unit_zh: '每千人口', unit_en: 'per 1,000 population' }];
  const i = buildMarkIndex(rows, cols, 'en');
  assert.deepEqual(i.series, [{ label: '', rows: [0, 1] }]);
  const pos = moveMark(i, rows, { series: 0, point: 0 }, 'ArrowRight')!;
  assert.equal(announceMark(i, rows, pos, cols, [], 'en'), 'Shanghai, 2020: 7.3 per 1,000 population — 2 of 2');
});

test('a unit column of the table is read with the value, not as a series name', () => {
  const cols = [{ key: 'province', label: { zh: '省份', en: 'Province' }, format: 'text' as const }, s.columns[0]!, s.columns[2]!,
    { key: 'unit', label: { zh: '单位', en: 'Unit' }, format: 'text' as const }];
  const rows = [
    { province: 'Beijing', year: 1999, value: 9.31, unit: 'per_1000', unit_en: 'per 1 000 population' },
    { province: 'Tianjin', year: 1999, value: 6.88, unit: 'per_1000', unit_en: 'per 1 000 population' },
  ];
  const i = buildMarkIndex(rows, cols, 'en');
  assert.equal(announceMark(i, rows, { series: 0, point: 1 }, cols, [], 'en'), 'Tianjin, 1999: 6.88 per 1 000 population — 2 of 2');
});
