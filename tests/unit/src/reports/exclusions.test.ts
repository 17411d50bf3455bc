import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure, printedFigures, read } from '../../helpers/reports.ts';

test('dates, datelines, document numbers, list numbering and times are not figures', () => {
  const t = '发布时间: 2022-05-26 09:20:02\n2022年09月29日15:20\n根据《关于印发…的通知》（×卫发〔2017〕12号）和第十七条规定：\n1、加强培训。(2)做好招聘。一、基本情况\n附件1：全县招聘医生20人。';
  assert.deepEqual(printedFigures(t), ['20']);
});

test('ages, durations, ordinals and grades are not figures', () => {
  const t = '引进正高职称人员年龄应在45岁及以下，进修学习6个月、学制5年，每5年培训一次，时间不少于3个月；市第五人民医院为三甲医院，二级以上医院名列前三名的医护人员予以奖励；全年共培训医生35名。';
  assert.deepEqual(printedFigures(t), ['35']);
});

test('numbers inside names of programmes and documents are not figures', () => {
  const t = '继续推动万名医师支援农村卫生工程，开展“百名医生进社区”活动和“三支一扶”计划，获批自治区“313人才”人选1名，落实《XX市“十二五”人才发展规划》，依托“3+2”助理全科医生培训项目培养助理全科医生40名。';
  assert.deepEqual(printedFigures(t), ['1', '40']);
});

test('statistics that are not about the health workforce are left out, with the reason', () => {
  const t = '全年门诊量42.6万人次，义诊服务群众3200人次，为65岁以上老人免费体检2.1万人次，开放床位1200张，手术费用总花费不到一万元，作价金额最高可达到公司注册资本的25％；全县培训乡村医生286人。';
  const r = read(t);
  assert.deepEqual(r.figures.map((f) => f.text), ['286']);
  assert.ok(r.skipped.some((s) => s.text === '42.6万' && /not the health workforce/.test(s.reason)));
  assert.ok(r.skipped.some((s) => s.text === '一万' && /money/.test(s.reason)));
  assert.ok(r.skipped.some((s) => s.text === '25％' && /rate/.test(s.reason)));
});

test('staff per population and staff pay are workforce figures though they name the population and income', () => {
  const t = '每千常住人口执业（助理）医师2.91人，乡镇卫生院医务人员月均收入增加800元，住院医师规范化培训学员120人。';
  assert.deepEqual(printedFigures(t), ['2.91', '800', '120']);
  // a village doctor's income is pay; a hospital's is not
  const r = read('村医年收入约3.5万元，乡医月收入2800元；县医院年收入2.1亿元。');
  assert.deepEqual(r.figures.map((f) => [f.text, f.qualifier, f.kind]), [['3.5万', '约', 'money'], ['2800', null, 'money']]);
  assert.ok(r.skipped.some((s) => s.text === '2.1亿' && /does not pay the workforce/.test(s.reason)));
});

test('staff per population are workforce rates however the population is named', () => {
  const r = read('每万名居民拥有全科医生3.15名，每千人拥有注册护士3.6人，每万城乡居民拥有3名全科医生；全年接诊居民1.2万人。');
  assert.deepEqual(r.figures.map((f) => [f.text, f.unit]), [['3.15', 'per-10000-population'], ['3.6', 'per-1000-population'], ['3', 'per-10000-population']]);
  assert.ok(r.skipped.some((s) => s.text === '1.2万' && /not the health workforce/.test(s.reason)));
});

test('a ratio beside another ratio is one: its colon does not end the clause that says it is a ratio', () => {
  const r = read('护士缺口较大，医护比仅为1:1.27，距离省定1:1.5的目标还有差距。');
  assert.deepEqual(r.figures.map((f) => [f.text, f.unit]), [['1:1.27', 'ratio'], ['1:1.5', 'ratio']]);
});

test('a number after a quoted name that has closed is outside it', () => {
  const t = '年内评出“杏林名医”8名、“优秀护士”15名，每人奖励3000元。';
  assert.deepEqual(printedFigures(t), ['8', '15', '3000']);
});

test('projects (项) are figures only when they train people, not research grants or new techniques', () => {
  const t = '承办省级继续医学教育项目9项；进修医师回院后开展新技术、新项目14项；获批市级科研项目6项。';
  const r = read(t);
  assert.deepEqual(r.figures.map((f) => f.text), ['9']);
  assert.ok(r.skipped.some((s) => s.text === '14' && /projects other than training/.test(s.reason)));
});

test('a share or pass rate right after a count of staff is about those staff; service figures are not', () => {
  const t = '50岁以上的村医63人，占41.2%。参加护士执业资格考试40人，通过31人，通过率77.5%。全年线上问诊2.3万人次，出院8000人次，床位使用率91.2%。';
  assert.deepEqual(printedFigures(t), ['63', '41.2%', '40', '31', '77.5%']);
});

test('a change in per cent right after a count of staff is about those staff; one after a count of patients is not', () => {
  const t = '全市卫生技术人员1.23万人，较上年增加612人，增长5.2%。全年门诊患者42.6万人，增长8.1%。';
  assert.deepEqual([figure(t, '5.2%').kind, figure(t, '5.2%').unit], ['rate', 'percent']);
  assert.ok(!printedFigures(t).includes('8.1%'));
});
