import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellsOf, findTables, isTableRow } from '../../../../src/reports/tables.ts';
import { buildView } from '../../../../src/reports/view.ts';
import { figure, printedFigures, read } from '../../helpers/reports.ts';

const TABLE = [
  '附表：某县乡镇卫生院卫生技术人员学历结构（2023年底）',
  '学历　　　　人数　　占比',
  '本科及以上　96　　　24.0%',
  '大专　　　　180　　 45.0%',
  '中专及以下　124　　 31.0%',
  '合计　　　　400　　 100.0%',
].join('\n');

test('cells of a printed row are set apart by runs of spaces, tabs or ideographic spaces', () => {
  assert.deepEqual(cellsOf('大专　　　　180　　 45.0%').map((c) => c.text), ['大专', '180', '45.0%']);
  assert.deepEqual(cellsOf('中级  352\t29.1%').map((c) => c.text), ['中级', '352', '29.1%']);
  assert.ok(isTableRow('2019年  120  35'), 'a year may label a row');
  assert.ok(!isTableRow('全县招聘医生20人，引进3人。'));
  assert.ok(!isTableRow('发布时间：2024-01-16　　来源：县卫生健康局'));
});

test('a column header says what its cells count; the 合计 row is the total', () => {
  const view = buildView(TABLE);
  const cells = findTables(view);
  const at = (s: string) => cells.get(view.norm.indexOf(s))!;
  assert.deepEqual([at('180').unit, at('180').total, at('45.0%').unit], ['persons', false, 'percent']);
  assert.deepEqual([at('400').unit, at('400').total], ['persons', true]);
  assert.match(at('180').title, /学历结构/);
  const money = buildView('附表：人才补贴发放情况\n项目　　　金额（万元）\n安家补贴　86.4\n生活补助　12.5\n合计　　　98.9');
  assert.equal(findTables(money).get(money.norm.indexOf('86.4'))!.factor, 10000);
});

test('a table of staff is read row by row: parts make up the 合计 row, shares are rates', () => {
  const t = `全县卫生人才队伍持续壮大。\n${TABLE}`;
  const total = figure(t, '400');
  assert.deepEqual([total.kind, total.role, total.year], ['headcount', 'total', '2023']);
  for (const p of ['96', '180', '124']) {
    const f = figure(t, p);
    assert.deepEqual([f.kind, f.group, f.unit], ['composition', total.group, 'persons']);
  }
  const share = figure(t, '45.0%');
  assert.deepEqual([share.kind, share.group], ['rate', null]);
  assert.equal(read(t).groups.find((g) => g.id === total.group)!.discrepancy, false);
  // the rows are lines of their own, never joined into one sentence
  assert.equal(figure(t, '180').quote.includes('本科'), false);
});

test('a money column is scaled by its header; a table of patients is not the workforce', () => {
  assert.equal(figure('附表：人才补贴发放情况\n项目　　　金额（万元）\n安家补贴　86.4\n生活补助　12.5\n合计　　　98.9', '86.4').value, 864000);
  assert.deepEqual(printedFigures('附表：各院门诊量\n医院　　　门诊人次\n县人民医院　152000\n县中医院　　98000'), []);
});

test('a table whose title states the unit (单位：人) is read in every column, each cell named by its row and column', () => {
  const t = [
    '2020年末，全县卫生技术人员2318人。',
    '表1 2020年全县卫生技术人员构成（单位：人）',
    '类别\t合计\t县级医院\t乡镇卫生院',
    '执业（助理）医师\t912\t468\t444',
    '注册护士\t1046\t702\t344',
  ].join('\n');
  const f = (p: string) => { const x = figure(t, p); return [x.value, x.unit, x.subject_zh, x.code, x.year]; };
  assert.deepEqual(f('468'), [468, 'persons', '执业（助理）医师（县级医院）', 'physicians_assistants', '2020']);
  assert.deepEqual(f('344'), [344, 'persons', '注册护士（乡镇卫生院）', 'nurses', '2020']);
  assert.equal(printedFigures(t).length, 7, 'the sentence’s figure and all six cells');
  // the 合计 column is the total of the row's other columns
  const total = figure(t, '912');
  assert.deepEqual([total.role, total.group_sum, total.discrepancy], ['total', 912, false]);
  for (const p of ['468', '444']) assert.deepEqual([figure(t, p).group, figure(t, p).kind], [total.group, 'composition'], p);
  assert.notEqual(figure(t, '702').group, total.group, 'each row is a make-up of its own');
  const money = figure('附表：人才补贴发放情况（单位：万元）\n项目　　　县级　　乡镇\n安家补贴　86.4　　12.0\n生活补助　12.5　　30.0', '30.0');
  assert.deepEqual([money.value, money.unit, money.subject_zh], [300000, 'yuan', '生活补助（乡镇）']);
});

test('a Markdown table, or one with a rule under its header, is read with that header', () => {
  const md = '某市2021年卫生人才情况\n\n| 类别 | 人数 | 占比 |\n| --- | :---: | --- |\n| 高级职称 | 356 | 11.2% |\n| 中级职称 | 1024 | 32.1% |\n| 合计 | 1380 | 100% |';
  const senior = figure(md, '356');
  assert.deepEqual([senior.unit, senior.kind, senior.subject_zh, senior.code], ['persons', 'composition', '高级职称', 'senior']);
  assert.equal(figure(md, '1380').role, 'total');
  assert.equal(figure(md, '11.2%').subject_zh, '高级职称', 'the rule is not read as the header');
  const ruled = '附表：学历结构\n学历　　　　人数\n————————————\n本科　　　　96\n大专　　　　180';
  assert.deepEqual([figure(ruled, '96').unit, figure(ruled, '180').subject_zh], ['persons', '大专']);
});

test('a plan’s table of indicators: units from the row labels, each column of its year, the later year a target; a remark column is no figure', () => {
  const plan = [
    '××市“十四五”卫生健康人才发展规划',
    '专栏1  主要指标',
    '指标\t2020年\t2025年\t指标性质',
    '每千常住人口执业（助理）医师数（人）\t2.65\t3.20\t预期性',
    '每万常住人口全科医生数（人）\t2.10\t3.93\t约束性',
    '医护比\t1:1.10\t1:1.20\t预期性',
    '卫生技术人员中本科及以上学历占比（%）\t38.5\t50\t预期性',
  ].join('\n');
  const f = (p: string) => { const x = figure(plan, p); return [x.value, x.unit, x.year, x.is_target, x.kind, x.code]; };
  assert.deepEqual(f('2.65'), [2.65, 'per-1000-population', '2020', false, 'rate', 'physicians_assistants']);
  assert.deepEqual(f('3.20'), [3.2, 'per-1000-population', '2025', true, 'target', 'physicians_assistants']);
  assert.deepEqual(f('3.93'), [3.93, 'per-10000-population', '2025', true, 'target', 'gps']);
  assert.deepEqual(f('1:1.20'), [1.2, 'ratio', '2025', true, 'target', null]);
  assert.deepEqual(f('38.5'), [38.5, 'percent', '2020', false, 'rate', null]);
  assert.equal(printedFigures(plan).length, 8);
  // a summary's table of years is of those years, none of them a target
  const summary = '××县2021年卫生人才工作总结\n表1 卫生人员数（单位：人）\n类别\t2019年\t2020年\t2021年\n卫生技术人员\t1480\t1520\t1566\n注册护士\t610\t653\t690';
  assert.deepEqual(['1480', '1566'].map((p) => [figure(summary, p).year, figure(summary, p).is_target, figure(summary, p).kind]),
    [['2019', false, 'headcount'], ['2021', false, 'headcount']]);
});
