import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure, read } from '../../helpers/reports.ts';

const FILE = [
  '第一篇：杭州关于进一步加强卫生人才队伍建设的实施意见',
  '市卫生局对于在职攻读并取得博士、硕士学位者每人补助学费的50%。',
  '第二篇：2021年××县卫生人才工作总结',
  '全县共招聘医生20人。',
  '第三篇：关于加强全县卫生人才队伍建设的意见',
  '为我县城乡居民提供服务，每年选派医生10名进修。',
  '第四篇：安徽泗县卫健委2022年工作情况',
  '泗县卫健委签订农村订单定向医学生10人。',
].join('\n');

test('documents are split at their headings; place and year never leak into the next document', () => {
  const r = read(FILE);
  assert.deepEqual(r.documents.map((d) => [d.label, d.place, d.year]), [
    ['第一篇', '杭州', null], ['第二篇', '××县', '2021'], ['第三篇', '我县', null], ['第四篇', '泗县', '2022'],
  ]);
  const pick = (p: string, n = 0) => { const f = figure(FILE, p, n); return [f.document, f.document_index, f.place, f.year]; };
  assert.deepEqual(pick('50%'), ['第一篇', 0, '杭州', null]);
  assert.deepEqual(pick('20'), ['第二篇', 1, '××县', '2021']);
  assert.deepEqual(pick('10', 0), ['第三篇', 2, '我县', null]);
  assert.deepEqual(pick('10', 1), ['第四篇', 3, '泗县', '2022']);
});

test('a single report is one document; a masked place stays masked, and a traditional place is printed as it is', () => {
  const a = read('2012年卫生局卫生人才工作总结\nXX市卫生局2012年录用专业技术人员95人。');
  assert.deepEqual([a.documents.length, a.documents[0]!.label, a.figures[0]!.place, a.figures[0]!.document], [1, null, 'XX市', null]);
  const c = read('安徽泗縣:實施“人才強醫戰略”\n2021年度，泗縣衛健委簽訂農村訂單定向醫學生10人。');
  assert.equal(c.figures[0]!.place, '泗縣');
});

test('a repeated passage keeps every printing and points later ones to the first', () => {
  const para = '全年举办各类培训班38期，培训4,560人次。';
  const t = `一、主要工作\n${para}\n二、存在问题\n人才不足。\n${para}`;
  const r = read(t);
  assert.equal(r.figures.length, 4);
  const [a, b, c, d] = r.figures;
  assert.deepEqual([a!.repeat_of, b!.repeat_of, c!.repeat_of, d!.repeat_of], [null, null, a!.id, b!.id]);
  // two figures in one clause are two facts, not a repeat
  const two = read('获批国务院特贴1人、自治区人选1名。');
  assert.deepEqual(two.figures.map((f) => f.repeat_of), [null, null]);
});

test('a plan whose title spans years (2024—2026年), or whose number says when it was issued, looks ahead to its end year', () => {
  const body = '\n\n到2026年底，全市卫生技术人员总数达到一万二千人以上，医护比达到1∶1.2。';
  for (const head of ['关于印发《XX市卫生人才队伍建设三年行动方案（2024—2026年）》的通知', 'XX市2026年卫生人才队伍建设目标任务\nX卫发〔2024〕15号']) {
    const t = `${head}${body}`;
    assert.deepEqual([figure(t, '一万二千').is_target, figure(t, '一万二千').kind, figure(t, '一万二千').qualifier], [true, 'target', '以上'], head);
    assert.equal(figure(t, '1∶1.2').is_target, true, head);
  }
  // a summary written after the year looks back to it
  const after = `XX市2026年卫生人才工作总结\n2027年1月5日${body}`;
  assert.equal(figure(after, '一万二千').is_target, false);
});
