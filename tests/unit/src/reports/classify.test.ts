import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure, read } from '../../helpers/reports.ts';

test('kinds come from what the clause says was done', () => {
  const t = '2012年共培训乡镇卫生院公共卫生人员35名。市卫生局通过公开招聘，录用高学历专业技术人才26人。引进副高级以上职称人才3人。申报参评卫生系列正、副高级职称共68人。由局属各单位选派了7名干部到卫生局机关挂职工作。全县有卫生技术人员1520人。培训合格率为100%。给予每人安家补贴5万元。';
  const kind = (p: string) => figure(t, p).kind;
  assert.equal(kind('35'), 'trained');
  assert.equal(kind('26'), 'recruited');
  assert.equal(kind('3'), 'introduced');
  assert.equal(kind('68'), 'exam');
  assert.equal(kind('7'), 'other');
  assert.equal(kind('1520'), 'headcount');
  assert.equal(kind('100%'), 'rate');
  assert.equal(kind('5万'), 'money');
});

test('a clause without a verb of its own takes it from the clause before (…招募…5人，医学定向毕业生3人)', () => {
  const t = '近年来，面向社会公开招聘专业技术人员17人，人才回引3人，乡镇卫生院招募“三支一扶”支医项目人员5人，医学定向毕业生3人。';
  assert.equal(figure(t, '3', 0).kind, 'introduced');
  assert.equal(figure(t, '5').kind, 'recruited');
  assert.equal(figure(t, '3', 1).kind, 'recruited');
});

test('plans and targets: markers count for the figures after them, until something done is said', () => {
  const t = '2022年，县人民医院拟招聘临床医学等专业共105人。用3年时间，培训乡镇卫生院医疗卫生人员36万人次。计划培训100人，实际完成120人。会上与近50位专家进行了沟通，确定逐步邀请10余名专家来坐诊。到2020年底，全县全科医生达到45名。';
  const t2 = (p: string) => { const f = figure(t, p); return [f.is_target, f.kind]; };
  assert.deepEqual(t2('105'), [true, 'target']);
  assert.deepEqual(t2('36万'), [true, 'target']);
  assert.deepEqual(t2('100'), [true, 'target']);
  assert.deepEqual(t2('120'), [false, 'trained']);
  assert.deepEqual(t2('50'), [false, 'other']);
  assert.deepEqual(t2('10'), [true, 'target']);
  assert.deepEqual(t2('45'), [true, 'target']);
});

test('a section headed as a plan holds targets; a target year already past in a dated text does not', () => {
  const plan = '××县2019年卫生人才工作总结\n一、主要工作\n全年招聘医生20人。\n二、2020年工作打算\n全年招聘医生30人。';
  assert.equal(figure(plan, '20').is_target, false);
  assert.equal(figure(plan, '30').is_target, true);
  const dated = 'XX市卫生健康人才发展规划\n一、发展现状\n到2020年底，全市每千常住人口执业（助理）医师2.91人。\n二、主要目标\n到2025年，全市每千常住人口执业（助理）医师达到3.2人。\nXX市卫生健康委员会\n2021年9月30日';
  assert.deepEqual([figure(dated, '2.91').is_target, figure(dated, '2.91').unit], [false, 'per-1000-population']);
  assert.equal(figure(dated, '3.2').is_target, true);
});

test('a web page is dated by the line under its title; 截至 a year is done, not a plan', () => {
  const page = '某县卫生人才队伍持续壮大\n2024-03-05　来源：县融媒体中心\n到2023年，全县招聘医生20人。截至2023年底，全县共有卫生技术人员620人。';
  assert.deepEqual([figure(page, '20').is_target, figure(page, '620').is_target, figure(page, '620').kind], [false, false, 'headcount']);
  const undated = '某县卫生人才工作\n全县招聘医生20人。截至2023年底，全县共有卫生技术人员620人。';
  assert.equal(figure(undated, '620').is_target, false);
  const published = '某县卫生人才工作\n发布时间：2021年6月1日 来源：县卫健局\n到2020年底，全县招聘医生30人。';
  assert.equal(figure(published, '30').is_target, false);
  assert.equal(figure(published.replace('2021年6月1日', ''), '30').is_target, true);
});

test('a share of staff in a rule-setting text is a standard', () => {
  const t = '关于加强卫生人才队伍建设的意见\n妇幼保健人员编制按标准落实，卫生技术人员占总人数的75%-80%。对在职攻读学位者每人补助学费的50%。';
  assert.deepEqual([figure(t, '75%-80%').is_target, figure(t, '75%-80%').value_max], [true, 80]);
  assert.equal(figure(t, '50%').is_target, false);
});

test('words for what was done: taking up a post (履约, 到岗) is recruiting, 在培 training; vacancies and 入编 are other', () => {
  assert.equal(figure('2023年定向医学生履约到岗6人。', '6').kind, 'recruited');
  assert.equal(figure('医院现有在培住院医师98人。', '98').kind, 'trained');
  assert.equal(figure('对服务满3年的聘用人员纳入编制管理，已有25人入编。', '25').kind, 'other');
  assert.equal(figure('全县乡镇卫生院现有空编40个。', '40').kind, 'other');
  assert.equal(figure('各乡镇卫生院均配备3名以上全科医生。', '3').kind, 'headcount');
  // holding a licence is a stock; passing its examination is an exam
  assert.equal(figure('全县在岗村医300人。取得执业医师资格的60人。', '60').kind, 'headcount');
  assert.equal(figure('全年通过执业医师资格考试50人。', '50').kind, 'exam');
});

test('an average compared with a per-population figure is in the same unit', () => {
  const t = '全县每千人口执业（助理）医师2.36人，低于全省平均水平（2.9人）；高级职称人员仅37人。';
  assert.deepEqual(['2.36', '2.9', '37'].map((p) => figure(t, p).unit), ['per-1000-population', 'per-1000-population', 'persons']);
  assert.deepEqual(['2.36', '2.9'].map((p) => figure(t, p).kind), ['rate', 'rate']);
});

test('the next item of a list of rates keeps the rate’s basis; a whole count after a rate does not', () => {
  const t = '到2026年，全省每千常住人口执业（助理）医师数达到3.3人，注册护士数达到3.8人。每千人口卫生技术人员7.2人，卫生技术人员总数达到25万人，注册护士11,236人。';
  assert.deepEqual(['3.3', '3.8', '7.2', '25万', '11,236'].map((p) => figure(t, p).unit),
    ['per-1000-population', 'per-1000-population', 'per-1000-population', 'persons', 'persons']);
  const county = '每千人口执业（助理）医师2.5人，乡村医生83人，全县共有护士3人。';
  assert.deepEqual(['2.5', '83', '3'].map((p) => figure(county, p).unit), ['per-1000-population', 'persons', 'persons']);
});

test('a qualification held (具有…资格者) is no exam, and a count said with 共计 is a headcount, not its neighbour’s kind', () => {
  const t = '乡村医生共计312人，平均年龄54岁，具有执业（助理）医师资格者近百人。全年参加执业医师资格考试的乡村医生41人。';
  assert.equal(figure(t, '312').kind, 'headcount');
  assert.equal(figure(t, '百').kind, 'headcount');
  assert.equal(figure(t, '41').kind, 'exam', 'an exam is still an exam');
});
