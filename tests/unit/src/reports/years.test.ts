import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure } from '../../helpers/reports.ts';

test('the year printed before a figure in its sentence applies; else the document’s; a vague period gives none', () => {
  const t = '××县2021年卫生人才工作总结\n2021年度，签订农村订单定向医学生10人，签订乡村医生定向委托培养医学生14人。2017年至2020年全县对406名晋升人员给予奖励。近年来，公开招聘专业技术人员17人。今年选派5名骨干进修。';
  const y = (p: string) => { const f = figure(t, p); return [f.year, f.year_flag]; };
  assert.deepEqual(y('14'), ['2021', 'ok']);
  assert.deepEqual(y('406'), ['2017-2020', 'ok']);
  assert.deepEqual(y('17'), [null, 'missing']);
  assert.deepEqual(y('5'), ['2021', 'ok']);
});

test('corrupted years are implausible: a range that ends where it starts, a target past the era the text names', () => {
  const t = '关于加强卫生人才队伍建设的意见\n以党的十七大精神为指导，落实卫生部《继续医学教育“十一五”规划》。2024年-2024年中央财政支持招聘3000余名执业医师到乡镇卫生院。到2024年，在岗乡村医生70%达到中专以上学历。到2012年，每个乡镇卫生院至少有1名执业医师。';
  const y = (p: string) => { const f = figure(t, p); return [f.year, f.year_flag]; };
  assert.deepEqual(y('3000'), ['2024-2024', 'implausible']);
  assert.deepEqual(y('70%'), ['2024', 'implausible']);
  assert.deepEqual(y('1'), ['2012', 'ok']);
});

test('a summary of a year does not report later years as done', () => {
  const t = '2012年卫生局卫生人才工作总结\n2021年共培训乡村医生35名。';
  assert.deepEqual([figure(t, '35').year, figure(t, '35').year_flag], ['2021', 'implausible']);
});

test('a comparison with last year (较上年) does not make the figure, or those after it, last year\'s', () => {
  const t = 'XX县2022年度基层卫生人才工作报告\n人均绩效工资较上年增长8.6%；对在乡镇工作满10年的医务人员每人每月发放岗位补贴300元。去年招聘医师12名。';
  assert.deepEqual(['8.6%', '300', '12'].map((p) => figure(t, p).year), ['2022', '2022', '2021']);
});

test('a year compared with (比2018年) does not date a figure, and a closing sentence with a target year is not the title', () => {
  const t = '记者从市卫生健康委获悉，近年来我市持续加大卫生人才引育力度，截至去年底，全市卫生技术人员总数达1.86万人，比2018年增加近四千人；每千常住人口拥有执业（助理）医师2.7名。\n下一步，该市将力争到2027年实现每个乡镇卫生院至少有2名全科医生。';
  const y = (p: string) => { const f = figure(t, p); return [f.year, f.year_flag]; };
  assert.deepEqual(y('1.86万'), [null, 'missing']);
  assert.deepEqual(y('四千'), [null, 'missing']);
  assert.deepEqual(y('2.7'), [null, 'missing']);
  assert.deepEqual(y('2'), ['2027', 'ok']);
  // two years joined by 和 are not a comparison; 与…相比 is
  const u = 'XX县2019年卫生人才工作总结\n2017年和2018年共招聘医师50名。与2018年相比，今年新增护士12名。';
  assert.deepEqual(['50', '12'].map((p) => figure(u, p).year), ['2018', '2019']);
});

test('a change from a year’s figure (由2020年的18.5%提高到31.2%): the year dates its start only, and both keep the subject', () => {
  const t = 'XX市2024年基层卫生人才工作情况\n全市乡村医生中，具备执业（助理）医师资格的占比由2020年的18.5%提高到31.2%。护士从上年底的1,200人增至1,350人。';
  const f = (p: string) => { const x = figure(t, p); return [x.year, x.subject_zh]; };
  assert.deepEqual(f('18.5%'), ['2020', '具备执业（助理）医师资格的占比']);
  assert.deepEqual(f('31.2%'), ['2024', '具备执业（助理）医师资格的占比']);
  assert.deepEqual(f('1,200'), ['2023', '护士']);
  assert.deepEqual(f('1,350'), ['2024', '护士']);
});
