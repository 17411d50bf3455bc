import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure } from '../../helpers/reports.ts';

test('the counted noun after the measure word, else before the number without times, adverbs and the verb', () => {
  const t = '由局属各单位选派了7名干部到卫生局机关挂职工作。2012年共培训乡镇卫生院公共卫生人员35名、村卫生室人员192名。三年共完成全科医生转岗培训25人次。给予2-9万元的生活补贴。';
  assert.equal(figure(t, '7').subject_zh, '干部');
  assert.equal(figure(t, '35').subject_zh, '乡镇卫生院公共卫生人员');
  assert.equal(figure(t, '192').subject_zh, '村卫生室人员');
  assert.equal(figure(t, '25').subject_zh, '全科医生转岗培训');
  assert.equal(figure(t, '2-9万').subject_zh, '生活补贴');
});

test('a thousands separator is part of its number, not the end of a clause: the next figure keeps its own noun', () => {
  const t = '高级职称3,512人（正高级职称836人，副高级职称2,676人），中级职称9,874人。';
  assert.equal(figure(t, '836').subject_zh, '正高级职称');
  assert.equal(figure(t, '2,676').subject_zh, '副高级职称');
  assert.equal(figure(t, '9,874').subject_zh, '中级职称');
});

test('the counted noun after the measure word ends at the next number, or at a 、 that another figure follows', () => {
  const t = '对新引进的博士每人给予30万元安家补贴、硕士每人10万元，选派5名医师、3名护士进修，对406名晋升临床类、护理类中级职称人员给予奖励。';
  assert.equal(figure(t, '30万').subject_zh, '安家补贴');
  assert.equal(figure(t, '5').subject_zh, '医师');
  assert.equal(figure(t, '406').subject_zh, '晋升临床类、护理类中级职称人员');
});

test('vocabulary codes from data/vocab: cadre, title grade, education level, programme — only where one fits', () => {
  const t = '到2024年，实现每个乡镇卫生院至少有1名执业医师的目标。高级职称12人，副高级职称9人，大专学历203人。三年共完成全科医生转岗培训25人次。培训乡镇卫生院公共卫生人员35名。';
  const code = (p: string) => { const f = figure(t, p); return [f.code_domain, f.code]; };
  assert.deepEqual(code('1'), ['cadre', 'physicians']);
  assert.deepEqual(code('12'), ['title', 'senior']);
  assert.deepEqual(code('9'), [null, null], '副高级 is a part of 高级, not 高级');
  assert.deepEqual(code('203'), ['education', 'junior_college']);
  assert.deepEqual(code('25'), ['programme', 'gp_transfer_training']);
  assert.deepEqual(code('35'), [null, null], '公共卫生人员 are not 卫生人员');
  const trad = figure('泗縣衛健委簽訂農村訂單定向醫學生10人。', '10');
  assert.deepEqual([trad.subject_zh, trad.code], ['農村訂單定向醫學生', 'order_directed_students']);
});

test('约 that ends a word (履约, 签约) is no qualifier and stays in the subject; 仅 and an opening bracket do not', () => {
  const t = '农村订单定向医学生到岗履约15人，与乡村医生签约120人，招聘医师近40名，全县有护士约300名。高级职称人员仅占8.7%，低于全省平均水平（11.2%）。';
  const f = (p: string) => { const x = figure(t, p); return [x.qualifier, x.subject_zh]; };
  assert.deepEqual(f('15'), [null, '农村订单定向医学生到岗履约']);
  assert.equal(figure(t, '120').qualifier, null);
  assert.equal(figure(t, '40').qualifier, '近');
  assert.deepEqual(f('300'), ['约', '护士']);
  assert.deepEqual(f('8.7%'), [null, '高级职称人员']);
  assert.deepEqual(f('11.2%'), [null, '低于全省平均水平']);
});

test('a plan’s targets: the subject before 达到 when only a rate’s basis follows it, a cadre’s count (数) coded as the cadre, no 力争 or 3年累计', () => {
  const t = '到2026年，全省每千常住人口执业（助理）医师数达到3.3人，注册护士数达到3.8人，基层医疗卫生机构全科医生数达到每万常住人口4人以上。乡镇卫生院本科及以上学历人员占比提高到40%左右。每年为基层培养全科医生1000名以上，3年累计不少于3000名。力争到2026年乡村医生中执业（助理）医师比例达到45%。';
  const f = (p: string) => { const x = figure(t, p); return [x.subject_zh, x.code]; };
  assert.deepEqual(f('3.8'), ['注册护士数', 'nurses']);
  assert.deepEqual(f('4'), ['基层医疗卫生机构全科医生数', 'gps']);
  assert.equal(figure('全科医生数量达到每万常住人口4名。', '4').code, 'gps', '数量 as 数');
  assert.deepEqual(f('40%'), ['乡镇卫生院本科及以上学历人员占比', null]);
  assert.equal(figure(t, '3000').subject_zh, '全科医生', 'the count before it, not 3年累计');
  assert.equal(figure(t, '45%').subject_zh, '乡村医生中执业（助理）医师');
});

test('percentage points are a change of the share before them, not a count of 百分点', () => {
  const t = '高级职称人员仅占8.7%，较上年下降0.4个百分点。';
  const f = figure(t, '0.4');
  assert.deepEqual([f.unit, f.subject_zh], ['percentage-points', '高级职称人员']);
});

test('an amount paid per head is named by what is paid (安家费, 补贴), not by who is paid and the verb', () => {
  const t = '对新引进的博士每人给予安家费30万元；硕士每人每年发放人才津贴1.2万元；为新入职人员每人每月发放生活补助500—800元。';
  assert.deepEqual(['30万', '1.2万', '500—800'].map((p) => [figure(t, p).subject_zh, figure(t, p).basis]),
    [['安家费', '每人'], ['人才津贴', '每人每年'], ['生活补助', '每人每月']]);
});

test('a cadre printed with full-width brackets (执业（助理）医师, 药师（士）) takes the code the vocabulary gives it with half-width ones', () => {
  const t = '全县共有卫生技术人员1520人，其中执业（助理）医师612人，注册护士653人，药师（士）86人，技师(士)92人，其他卫生技术人员77人。';
  assert.deepEqual(['612', '86', '92'].map((p) => figure(t, p).code), ['physicians_assistants', 'pharmacists', 'lab_technicians']);
  assert.equal(figure(t, '612').subject_zh, '执业（助理）医师', 'the subject stays as printed');
});

test('a clause that names nothing, or only a share, is named by the count just before it; its kind stays its own', () => {
  const t = '乡村医生586人，其中具有执业（助理）医师资格的214人，占36.5%。培养农村订单定向免费医学生35名，已有21名到岗。';
  assert.equal(figure(t, '36.5%').subject_zh, '具有执业（助理）医师资格');
  assert.deepEqual([figure(t, '21').subject_zh, figure(t, '21').code, figure(t, '21').kind], ['农村订单定向免费医学生', 'medical_students', 'recruited']);
  assert.equal(figure(t, '35').kind, 'trained');
  // a share whose clause names its own subject keeps it
  const own = '全县卫生技术人员1234人，本科及以上学历占比为23.4%。';
  assert.equal(figure(own, '23.4%').subject_zh, '本科及以上学历占比');
});
