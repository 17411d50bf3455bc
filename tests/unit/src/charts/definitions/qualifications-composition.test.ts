import { test } from 'node:test';
import assert from 'node:assert/strict';
import qualificationsComposition, { compositionGroups, categoryOrder } from '../../../../../src/charts/definitions/qualifications-composition.ts';
import type { Row } from '../../../../../src/contract/rows.ts';
import { render } from '../../../helpers/render.ts';

const cat = (category: string, zh: string, en: string, sort: number) => ({ category, category_zh: zh, category_en: en, category_sort: sort });
const BACH = cat('bachelor_plus', '本科及以上', "Bachelor's degree or higher", 11);
const JC = cat('junior_college', '大专', 'Junior college', 14);
const SV = cat('secondary_vocational', '中专', 'Secondary vocational school', 16);
const HS = cat('high_school_below', '高中及以下', 'High school or below', 18);
const base = { cadre: 'health_technicians', cadre_zh: '卫生技术人员', cadre_en: 'Health technicians', institution: 'all', institution_zh: '全部机构', institution_en: 'All institutions', institution_sort: 0, source_id: 'bulletin', source_zh: '公报', source_en: 'Bulletin', is_secondary: false };
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
    assert.notEqual(c.key, 'source_id', 'a table never shows the internal source id');
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

