import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChineseNumeral, readNumber } from '../../../../src/reports/numbers.ts';
import { figure, read } from '../../helpers/reports.ts';
import { PREFIX_WORDS, SUFFIX_WORDS, qualifierOf } from '../../../../src/lib/qualifiers.ts';
import { parsePublishedNumber } from '../../../../scripts/pipeline/numbers.ts';

test('Chinese numerals read as one number, or not at all', () => {
  const cases: [string, number | null][] = [
    ['三十万', 300000], ['两', 2], ['十', 10], ['二十五', 25], ['一千二百', 1200], ['三千零五', 3005], ['一万二', 12000],
    ['一万二千', 12000], ['一亿三千万', 130000000], ['百', 100], ['万', 10000],
    ['十二五', null], ['一二', null], ['百千万', null],
  ];
  for (const [s, v] of cases) assert.equal(parseChineseNumeral(s), v, s);
});

test('Arabic, 万, percentages, ranges and ratios', () => {
  const r = (s: string) => { const t = readNumber(s, 0)!; return [s.slice(t.start, t.end), t.value, t.valueMax]; };
  assert.deepEqual(r('1.5万元'), ['1.5万', 15000, null]);
  assert.deepEqual(r('2-9万元'), ['2-9万', 20000, 90000]); // 万 applies to both ends
  assert.deepEqual(r('75%-80%'), ['75%-80%', 75, 80]);
  assert.deepEqual(r('89.4%'), ['89.4%', 89.4, null]);
  assert.deepEqual(r('1,234人'), ['1,234', 1234, null]);
  assert.deepEqual(r('三至五名'), ['三至五', 3, 5]);
  assert.deepEqual(r('百分之九十五'), ['百分之九十五', 95, null]);
  assert.deepEqual(r('1:2-1:5的比例'), ['1:2-1:5', 2, 5]);
  assert.deepEqual(r('1:1.2'), ['1:1.2', 1.2, null]);
  assert.deepEqual(r('30多万人'), ['30多万', 300000, null]);
  // not a range: the second number is smaller
  assert.deepEqual(r('2012-05-26'), ['2012', 2012, null]);
});

test('figures in text: full-width digits, Chinese numerals and 万 normalised; the printed span kept', () => {
  const t = '全县有卫生技术人员１５２０人，选派两名医生进修，通过多种途径培训30万名全科医师，累计培训三十余人次。';
  const a = figure(t, '１５２０');
  assert.equal(a.value, 1520);
  assert.equal(t.slice(a.start, a.end), '１５２０');
  assert.equal(figure(t, '两').value, 2);
  const b = figure(t, '30万');
  assert.deepEqual([b.value, b.unit, b.kind], [300000, 'persons', 'trained']);
  const c = figure(t, '三十');
  assert.deepEqual([c.value, c.qualifier, c.unit], [30, '余', 'person-times']);
});

test('qualifiers stay outside the value and the span', () => {
  const t = '会上与近50位专家进行了沟通；选派各类专业技术人员580余名外出进修；每年吸纳200名以上毕业生；每个卫生室至少有1名乡村医生；每年组织不少于四次考试；培训10多名骨干。';
  const q = (printed: string) => { const f = figure(t, printed); return [f.value, f.qualifier]; };
  assert.deepEqual(q('50'), [50, '近']);
  assert.deepEqual(q('580'), [580, '余']);
  assert.deepEqual(q('200'), [200, '以上']);
  assert.deepEqual(q('1'), [1, '至少']);
  assert.deepEqual(q('四'), [4, '不少于']);
  assert.deepEqual(q('10'), [10, '多']);
});

test('every word the published tables are read with qualifies a figure in a report, as printed and in the same sense', () => {
  for (const w of PREFIX_WORDS) {
    const f = figure(`全县卫生技术人员${w}500人。`, '500');
    assert.equal(f.qualifier, w, w);
    assert.equal(f.subject_zh, '全县卫生技术人员'.replace(/^全县/, ''), `${w}: the qualifier is not part of the subject`);
    assert.equal(qualifierOf(f.qualifier!), parsePublishedNumber(`${w}500`).kind === 'number' ? qualifierOf(w) : 'unparsed', w);
  }
  for (const w of SUFFIX_WORDS) assert.equal(figure(`培训乡村医生200人${w}。`, '200').qualifier, w, w);
  const t = '全市卫生技术人员总数突破1.23万人，基层人才数量赶超100人的目标，护士人数提高达50人。';
  assert.deepEqual([figure(t, '1.23万').qualifier, figure(t, '1.23万').subject_zh], ['突破', '卫生技术人员']);
  assert.equal(figure(t, '100').qualifier, null, '赶超 is a verb, not 超 "more than"');
  assert.equal(figure(t, '50').qualifier, null, '提高达 is a verb, not 高达 "as many as"');
  const trad = '泗縣衛生技術人員不超過500人，培訓鄉村醫生580餘名以上。';
  assert.deepEqual([figure(trad, '500').qualifier, figure(trad, '580').qualifier], ['不超過', '餘以上'], 'as printed, not as simplified');
});

test('a range in money: 万 and 元 after the upper end', () => {
  const f = figure('对引进的高层次人才，给予2-9万元的生活补贴，科研启动经费2-3万，办公设备经费1.5万。', '2-3万');
  assert.deepEqual([f.value, f.value_max, f.unit, f.kind], [20000, 30000, 'yuan', 'money']);
});

test('adjacent numbers: 培训4次1032人次 is two figures', () => {
  const t = '组织全县乡村医生培训4次1032人次。';
  const a = figure(t, '4');
  const b = figure(t, '1032');
  assert.deepEqual([a.unit, a.value, b.unit, b.value], ['sessions', 4, 'person-times', 1032]);
});

test('tenths as a share: 三成 is 30%, 两至三成 a range, 一成不变 and 三成员 no share', () => {
  const r = (s: string) => { const t = readNumber(s, 0)!; return [s.slice(t.start, t.end), t.value, t.valueMax, t.percent]; };
  assert.deepEqual(r('三成'), ['三成', 30, null, true]);
  assert.deepEqual(r('3.5成'), ['3.5成', 35, null, true]);
  assert.deepEqual(r('两至三成'), ['两至三成', 20, 30, true]);
  assert.deepEqual(r('一成不变'), ['一', 1, null, false]);
  assert.deepEqual(r('三成员'), ['三', 3, null, false]);
  assert.deepEqual(r('30成'), ['30', 30, null, false]);
  assert.deepEqual(r('3万成'), ['3万', 30000, null, false]);
  const t = '全县乡村医生中具有执业（助理）医师资格的近三成，大专以上学历的占六成以上。';
  const a = figure(t, '三成');
  assert.deepEqual([a.value, a.unit, a.qualifier], [30, 'percent', '近']);
  const b = figure(t, '六成');
  assert.deepEqual([b.value, b.unit, b.qualifier], [60, 'percent', '以上']);
});

test('a rate with its basis printed after it (3.12人/千人, 2.3名/万人口) is a rate, and the basis is no figure', () => {
  const t = '每千人口执业（助理）医师3.12人/千人，注册护士3.52人/千人；每万人口全科医生2.3名/万人口。';
  assert.deepEqual(read(t).figures.map((f) => [f.text, f.unit]), [
    ['3.12', 'per-1000-population'], ['3.52', 'per-1000-population'], ['2.3', 'per-10000-population'],
  ]);
});
