import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qualificationsComposition, compositionGroups, categoryOrder } from '../../../src/charts/qualifications-composition.ts';
import { qualificationsDegreeShare, printedShare } from '../../../src/charts/qualifications-degree-share.ts';
import type { Row } from '../../../src/charts/types.ts';
import { linePaths, render, textLabels } from './helpers.ts';

const cat = (category: string, zh: string, en: string, sort: number) => ({ category, category_zh: zh, category_en: en, category_sort: sort });
const BACH = cat('bachelor_plus', '本科及以上', "Bachelor's degree or higher", 11);
const JC = cat('junior_college', '大专', 'Junior college', 14);
const SV = cat('secondary_vocational', '中专', 'Secondary vocational school', 16);
const HS = cat('high_school_below', '高中及以下', 'High school or below', 18);
const base = { cadre: 'health_technicians', cadre_zh: '卫生技术人员', cadre_en: 'Health technicians', institution: 'all', institution_zh: '全部机构', institution_en: 'All institutions', institution_sort: 0, source_id: 'bulletin', is_secondary: false };
const comp: Row[] = [
  { ...base, ...BACH, year: 2013, value: 28.5, value_published: '28.5', is_secondary: true, source_id: 'book' },
  { ...base, ...JC, year: 2013, value: 38.7, value_published: '38.7', is_secondary: true, source_id: 'book' },
  { ...base, ...SV, year: 2013, value: 30, value_published: '30.0', is_secondary: true, source_id: 'book' },
  { ...base, ...HS, year: 2013, value: 2.7, value_published: '2.7', is_secondary: true, source_id: 'book' },
  { ...base, ...BACH, year: 2015, value: 30.6, value_published: '30.6' },
  { ...base, ...BACH, year: 2019, value: 39.2, value_published: '39.2' },
  { ...base, ...JC, year: 2019, value: 39.1, value_published: '39.1' },
  { ...base, ...SV, year: 2019, value: 20.6, value_published: '20.6' },
  { ...base, ...HS, year: 2019, value: 1.1, value_published: '1.1' },
];

test('composition: one bar per published year, partial years keep a grey remainder (no stretching)', () => {
  const groups = compositionGroups(comp, 'en');
  assert.deepEqual(groups.map((g) => g.year), [2013, 2015, 2019]);
  assert.equal(groups[1]!.total, 30.6); // 2015: only 本科及以上 published
  assert.ok(groups[0]!.secondary && !groups[2]!.secondary);
  assert.deepEqual(categoryOrder(comp, 'zh'), ['本科及以上', '大专', '中专', '高中及以下']);
  const opts = qualificationsComposition.plot(comp, qualificationsComposition.defaults, { lang: 'en', width: 640, theme: 'light' });
  assert.deepEqual((opts.x as { domain: number[] }).domain, [0, 100]); // never normalised
  // Fixed colours per category: the lowest level is warm, never the grey of the "not broken down" remainder.
  const colour = opts.color as { domain: string[]; range: string[] };
  assert.equal(colour.range[colour.domain.indexOf('High school or below')], '#fdae6b');
  const html = render(qualificationsComposition, comp);
  // The 2015 bar: 30.6% coloured segment, the rest of the 0–100 frame grey.
  assert.match(html, /2015 · National/);
  assert.match(html, /2013 · National \(secondary source\)/);
  assert.match(html, /39\.2%/);
});

test('composition: table columns are fields of the rows drawn; describe names the latest year and change', () => {
  for (const c of qualificationsComposition.table(qualificationsComposition.defaults)) {
    assert.ok(c.key in comp[0]! || `${c.key}_en` in comp[0]!, `table column ${c.key} not in rows`);
  }
  const en = qualificationsComposition.describe(comp, qualificationsComposition.defaults, 'en');
  assert.match(en, /Latest complete make-up \(2019\): Bachelor's degree or higher 39\.2%/);
  assert.match(en, /from 28\.5% in 2013 to 39\.2% in 2019/);
  assert.match(en, /Only some categories are published for 2015/);
  const zh = qualificationsComposition.describe(comp, qualificationsComposition.defaults, 'zh');
  assert.match(zh, /最新完整构成（2019年）：本科及以上 39\.2%/);
});

test('composition: an empty selection says so instead of drawing bars', () => {
  const html = render(qualificationsComposition, [], 'zh', { breakdown: 'title', cadre: 'nurses' });
  assert.match(html, /没有公布这一构成/);
  assert.match(qualificationsComposition.describe([], { breakdown: 'title', cadre: 'nurses' }, 'en'), /no published figures/);
});

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
    share('nurses', 'junior_college_plus', 2021, 80, '近80', { flags: '[approximate]' }),
    share('nurses', 'junior_college_plus', 2023, 80, '超过80', { flags: '[approximate]' }),
  ];
  const opts = qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 640, theme: 'light' });
  assert.deepEqual((opts.color as { domain: string[] }).domain, ['卫生技术人员 · 本科及以上', '注册护士 · 大专及以上']);
  const html = render(qualificationsDegreeShare, rows, 'zh');
  // Only 2018–2019 are consecutive: one line segment, never 2013→2015 or 2021→2023.
  const paths = linePaths(html).filter((d) => (d.match(/L/g) ?? []).length > 0);
  assert.equal(paths.length, 1);
  assert.match(html, />近80</);
  assert.match(html, />超过80</);
  const d = qualificationsDegreeShare.describe(rows, {}, 'en');
  assert.match(d, /Health technicians · Bachelor's degree or higher: 39\.2% in 2019/);
  assert.match(d, /Registered nurses · Junior college or higher: ≈80% in 2023/);
  assert.match(qualificationsDegreeShare.describe(rows, {}, 'zh'), /注册护士 · 大专及以上：2023年超过80%/);
  assert.match(d, /largest rise is Health technicians/);
});

test('degree share: a "more than" figure reads ">" in English and as printed in Chinese', () => {
  const r = share('nurses', 'junior_college_plus', 2023, 80, '超过80', { flags: '[lower_bound]' });
  assert.equal(printedShare(r, 'en'), '>80');
  assert.equal(printedShare(r, 'zh'), '超过80');
});

test('degree share at 300 px: neighbouring values (39.2, 42.0) are not both drawn above their dots; at 1,200 px all are', () => {
  const rows = [
    share('health_technicians', 'bachelor_plus', 2013, 28.5, '28.5', { is_secondary: true }),
    share('health_technicians', 'bachelor_plus', 2018, 34.6, '34.6'),
    share('health_technicians', 'bachelor_plus', 2019, 39.2, '39.2'),
    share('health_technicians', 'bachelor_plus', 2020, 42, '42.0'),
    share('nurses', 'junior_college_plus', 2012, 56, '56'),
    share('nurses', 'junior_college_plus', 2023, 80, '超过80', { flags: '[lower_bound]' }),
  ];
  const small = textLabels(qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 300, theme: 'light' }));
  const at = (year: number) => small.find((l) => l.row.year === year && l.row.cadre === 'health_technicians');
  assert.ok(at(2020), 'the latest value of a series is always labelled');
  const l2019 = at(2019);
  assert.ok(!l2019 || !(l2019.dy < 0 && l2019.textAnchor === 'middle'), '39.2 moves beside/below its dot or is left to the tooltip');
  assert.ok(small.find((l) => l.row.year === 2023), '超过80 labelled');
  const wide = textLabels(qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 1200, theme: 'light' }));
  assert.equal(wide.length, rows.length);
  assert.ok(wide.every((l) => l.dy < 0 && l.textAnchor === 'middle'), 'room for every label above its dot');
  assert.ok((qualificationsDegreeShare.plot(rows, {}, { lang: 'zh', width: 300, theme: 'light' }).x as { ticks: number }).ticks <= 4);
});
