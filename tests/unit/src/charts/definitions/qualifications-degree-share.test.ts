import { test } from 'node:test';
import assert from 'node:assert/strict';
import qualificationsDegreeShare from '../../../../../src/charts/definitions/qualifications-degree-share.ts';
import { plainValueText } from '../../../../../src/charts/value-text.ts';
import type { Row } from '../../../../../src/contract/rows.ts';
import { linePaths, render, textLabels } from '../../../helpers/render.ts';

const share = (cadre: string, category: string, year: number, value: number, published: string, extra: Row = {}): Row => ({
  cadre, cadre_zh: cadre === 'nurses' ? '注册护士' : '卫生技术人员', cadre_en: cadre === 'nurses' ? 'Registered nurses' : 'Health technicians',
  category, category_zh: category === 'bachelor_plus' ? '本科及以上' : '大专及以上', category_en: category === 'bachelor_plus' ? "Bachelor's degree or higher" : 'Junior college or higher',
  year, value, value_published: published, source_id: 's', is_secondary: false, ...extra,
});

test('degree share: thresholds stay separate series; lines never bridge missing years; qualifiers are printed', () => {
  const rows = [
    share('health_technicians', 'bachelor_plus', 2013, 28.5, '28.5', { is_secondary: true }),
    share('health_technicians', 'bachelor_plus', 2015, 30.6, '30.6'),
    share('health_technicians', 'bachelor_plus', 2018, 34.6, '34.6'),
    share('health_technicians', 'bachelor_plus', 2019, 39.2, '39.2'),
    share('nurses', 'junior_college_plus', 2021, 80, '近80', { qualifier: 'nearly', qualifier_printed: '近', precision: 0 }),
    share('nurses', 'junior_college_plus', 2023, 80, '超过80', { qualifier: 'more_than', qualifier_printed: '超过', precision: 0 }),
    share('nurses', 'junior_college_plus', 2024, 82, '82', { precision: 0 }),
  ];
  const opts = qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 640, theme: 'light' });
  assert.deepEqual((opts.color as { domain: string[] }).domain, ['卫生技术人员 · 本科及以上', '注册护士 · 大专及以上']);
  const html = render(qualificationsDegreeShare, rows, 'zh');
  // Only 2018–2019 are consecutive exact figures: one line segment, never 2013→2015, and never a qualified figure
  // (近80, 超过80) joined to an exact one (2023→2024).
  const paths = linePaths(html).filter((d) => (d.match(/L/g) ?? []).length > 0);
  assert.equal(paths.length, 1);
  assert.match(html, />近80</);
  assert.match(html, />超过80</);
  const d = qualificationsDegreeShare.describe(rows, {}, 'en');
  assert.match(d, /Health technicians · Bachelor's degree or higher: 39\.2% in 2019/);
  assert.match(d, /Registered nurses · Junior college or higher: 82% in 2024/);
  assert.match(html, /stroke-dasharray="2,1.5"/, 'qualified figures are open dashed markers, their words printed beside them');
  assert.match(d, /largest rise is Health technicians/);
});

test('degree share: a "more than" figure reads "more than" in English and as printed in Chinese', () => {
  const r = share('nurses', 'junior_college_plus', 2023, 80, '超过80', { qualifier: 'more_than', qualifier_printed: '超过', precision: 0 });
  assert.equal(plainValueText(r, 'en'), 'more than 80');
  assert.equal(plainValueText(r, 'zh'), '超过80');
  const latest = qualificationsDegreeShare.describe([r], {}, 'en');
  assert.match(latest, /more than 80% in 2023/);
  assert.doesNotMatch(latest, /: 80%/);
});

test('degree share at 300 px: neighbouring values (39.2, 42.0) are not both drawn above their dots; at 1,200 px all are', () => {
  const rows = [
    share('health_technicians', 'bachelor_plus', 2013, 28.5, '28.5', { is_secondary: true }),
    share('health_technicians', 'bachelor_plus', 2018, 34.6, '34.6'),
    share('health_technicians', 'bachelor_plus', 2019, 39.2, '39.2'),
    share('health_technicians', 'bachelor_plus', 2020, 42, '42.0'),
    share('nurses', 'junior_college_plus', 2012, 56, '56'),
    share('nurses', 'junior_college_plus', 2023, 80, '超过80', { qualifier: 'more_than', qualifier_printed: '超过', precision: 0 }),
  ];
  const small = textLabels(qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 300, theme: 'light' }));
  const at = (year: number) => small.find((l) => l.row.year === year && l.row.cadre === 'health_technicians');
  assert.ok(at(2020), 'the latest value of a series is always labelled');
  const l2019 = at(2019);
  assert.ok(!l2019 || !(l2019.dy < 0 && l2019.textAnchor === 'middle'), '39.2 moves beside/below its dot or is left to the tooltip');
  assert.ok(small.find((l) => l.row.year === 2023), '超过80 labelled');
  const wide = textLabels(qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 1200, theme: 'light' }));
  assert.ok(wide.length >= rows.length, 'every value labelled (a bound also gets its arrow)');
  assert.ok(wide.every((l) => l.dy < 0 && l.textAnchor === 'middle'), 'room for every label above its dot');
  assert.ok((qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 300, theme: 'light' }).x as { ticks: number[] }).ticks.length <= 4);
});
