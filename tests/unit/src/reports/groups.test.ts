import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure, read } from '../../helpers/reports.ts';

const STAFF = '全县有医疗卫生人员762人，其中，高级职称12人，中级职称155人，初级职称448人，无职称147人。按学历分，本科及以上78人，大专203人，中专及以下481人。';

test('a total and its parts form one group whose sum is checked; a second make-up of the same total is found', () => {
  const r = read(STAFF);
  const total = figure(STAFF, '762');
  assert.deepEqual([total.role, total.kind], ['total', 'headcount']);
  const title = r.groups.find((g) => g.id === figure(STAFF, '12').group)!;
  assert.deepEqual([title.total, title.total_value, title.sum, title.breakdown, title.complete, title.discrepancy], [total.id, 762, 762, 'title', true, false]);
  assert.deepEqual(['12', '155', '448', '147'].map((p) => figure(STAFF, p).role), ['part', 'part', 'part', 'part']);
  assert.ok(['12', '155', '448', '147'].every((p) => figure(STAFF, p).kind === 'composition'));
  assert.equal(figure(STAFF, '12').code, 'senior');
  const edu = r.groups.find((g) => g.id === figure(STAFF, '78').group)!;
  assert.notEqual(edu.id, title.id);
  assert.deepEqual([edu.total, edu.sum, edu.breakdown, edu.discrepancy], [total.id, 762, 'education', false]);
});

test('parts that do not add up to the printed total are a discrepancy with both numbers, never corrected', () => {
  const t = STAFF.replace('初级职称448人', '初级职称446人');
  const part = figure(t, '446');
  assert.deepEqual([part.discrepancy, part.group_total, part.group_sum, part.value], [true, 762, 760, 446]);
  assert.equal(figure(t, '762').discrepancy, true);
});

test('parts run on into the next sentence only when that makes them add up', () => {
  const t = '2022年，县人民医院拟招聘临床医学等专业共105人，其中拟通过简易程序招聘59人。委托县人社局公开招聘工作人员46人。同时开展技能竞赛。';
  assert.equal(figure(t, '46').group, figure(t, '105').group);
  assert.deepEqual([figure(t, '46').is_target, figure(t, '46').year], [true, '2022']);
  const apart = '全县招聘医生105人，其中本科59人。另引进专家3人。';
  assert.equal(figure(apart, '3').group, null);
  assert.equal(figure(apart, '59').discrepancy, false, 'one part alone is a subset, not a complete make-up');
});

test('a total after its parts (…共计N人), and parts that stop at a ；', () => {
  const t = '引进博士5人、硕士12人，共计17人；招聘本科生30人，其中护理专业12人、临床专业18人；另有进修人员8人。';
  const g = figure(t, '17');
  assert.equal(g.role, 'total');
  assert.equal(figure(t, '5').group, g.group);
  assert.equal(figure(t, '30').group_sum, 30);
  assert.equal(figure(t, '8').group, null);
});

test('parts in brackets: 其中 inside them opens the parts; a sub-part in deeper brackets is not a part', () => {
  const t = '全院职工45人（其中在编32人、聘用13人）。全县卫生技术人员620人，其中执业医师230人（其中全科医生25人），注册护士260人，其他130人。';
  assert.deepEqual(['32', '13'].map((p) => figure(t, p).group), [figure(t, '45').group, figure(t, '45').group]);
  assert.equal(figure(t, '32').group_sum, 45);
  // the sub-part in brackets belongs to its own total, 230, not to 620
  const sub = read(t).groups.find((g) => g.id === figure(t, '25').group)!;
  assert.deepEqual([sub.total, sub.sum], [figure(t, '230').id, 25]);
  assert.deepEqual([figure(t, '260').group, figure(t, '260').group_sum], [figure(t, '620').group, 620]);
  assert.deepEqual([figure(t, '45').kind, figure(t, '620').kind], ['headcount', 'headcount']);
});

test('items after a colon, one per ；-clause, form a list', () => {
  const t = '争取3年内，各级疾病预防控制中心学历构成应当符合以下标准：国家级中心本科学历人员占75%以上；省级中心本科学历人员占65%以上；市级中心本科学历人员占50%以上；县级中心本科学历人员占35%以上。';
  const ids = ['75%', '65%', '50%', '35%'].map((p) => figure(t, p));
  assert.ok(ids.every((f) => f.group === ids[0]!.group && f.role === 'item' && f.kind === 'target'));
});

test('a part is a composition only when its make-up accounts for the whole; a sub-count keeps or borrows a kind', () => {
  const t = '全年辞职18人，其中副主任医师以上4人。全院卫生技术人员860人。卫生技术人员中，执业医师301人，注册护士402人。';
  assert.deepEqual([figure(t, '4').kind, figure(t, '4').group], ['other', figure(t, '18').group]);
  assert.deepEqual([figure(t, '301').kind, figure(t, '402').kind], ['headcount', 'headcount']);
  assert.equal(figure('全县在岗村医300人，其中取得执业医师资格的60人。', '60').kind, 'headcount');
  const hired = '全年招录医学毕业生52人，其中本科生30人、专科生22人，安排到乡镇卫生院的有35人。';
  assert.deepEqual(['30', '22'].map((p) => [figure(hired, p).kind, figure(hired, p).discrepancy]), [['composition', false], ['composition', false]]);
  assert.equal(figure(hired, '35').kind, 'recruited');
  assert.notEqual(figure(hired, '35').group, figure(hired, '30').group);
  // 在编 and 编外 split the whole even when the printed parts fall short of it
  const staff = '全院在职职工640人，其中在编职工402人、编外聘用人员230人。';
  assert.deepEqual([figure(staff, '230').kind, figure(staff, '230').subject_zh, figure(staff, '230').discrepancy], ['composition', '编外聘用人员', true]);
});

test('parts in brackets right after a count are its make-up and end where the brackets close; a change is no total', () => {
  const t = '具有副高级以上职称的120人（正高级30人、副高级90人），硕士研究生44人。';
  assert.equal(figure(t, '30').group, figure(t, '120').group);
  assert.equal(figure(t, '90').kind, 'composition');
  assert.deepEqual([figure(t, '44').group, figure(t, '44').kind], [null, 'headcount']);
  const change = '全县共有卫生技术人员1500人，比2020年增加210人；其中执业（助理）医师600人、注册护士650人、其他卫生技术人员250人。';
  assert.deepEqual([figure(change, '600').group_total, figure(change, '250').discrepancy], [1500, false]);
});

test('a sub-total is a part of the make-up around it; levels named by their breakdown (…学历) make one run', () => {
  const t = '全县卫生技术人员1000人。卫生技术人员中，具有高级职称的100人（其中正高级20人、副高级80人），中级职称300人，初级职称500人，未定级100人。硕士学历20人，本科学历380人，大专学历400人，中专及以下学历200人。';
  const senior = figure(t, '100');
  assert.deepEqual([senior.group, senior.role, senior.kind], [figure(t, '300').group, 'part', 'composition']);
  assert.equal(read(t).groups.find((g) => g.id === figure(t, '20').group)!.total, senior.id);
  assert.equal(figure(t, '300').group_total, 1000);
  const edu = figure(t, '380');
  assert.deepEqual([edu.group, edu.group_total, edu.discrepancy], [figure(t, '200').group, 1000, false]);
  assert.equal(figure(t, '20', 1).group, edu.group);
});

test('parts coded in one breakdown take the nearest headcount that can hold them, not a smaller one printed between', () => {
  const t = '全市共有卫生技术人员3,215人，其中注册护士1,473人。从职称结构看，中级职称987人，初级职称1,523人。';
  const parts = ['987', '1,523'].map((p) => figure(t, p));
  const group = read(t).groups.find((g) => g.id === parts[0]!.group)!;
  assert.ok(parts.every((p) => p.group === group.id && p.role === 'part'));
  assert.deepEqual([group.total, group.total_value, group.sum, group.discrepancy], [figure(t, '3,215').id, 3215, 2510, false]);
});

test('其中 opening the sentence after a total (and a rate beside it) lists that total’s parts', () => {
  const t = '2023年末，全省卫生人员总数达到58.6万人，同比增长3.4%。其中卫生技术人员47.2万人，乡村医生和卫生员2.31万人，其他技术人员2.1万人，管理人员2.4万人，工勤技能人员4.59万人。';
  const total = figure(t, '58.6万');
  assert.deepEqual([total.role, total.group_sum, total.discrepancy], ['total', 586000, false]);
  for (const p of ['47.2万', '2.31万', '2.1万', '2.4万', '4.59万']) assert.deepEqual([figure(t, p).group, figure(t, p).kind], [total.group, 'composition'], p);
  // a later sentence's 其中 is not linked across a sentence in between
  const apart = '全县卫生人员3000人。全年招聘医生20人。其中本科12人，大专8人。';
  assert.notEqual(figure(apart, '12').group_total, 3000);
});

test('shares of the whole printed one after another, each of another category, are a make-up in per cent without a total', () => {
  const t = '全县卫生技术人员中，研究生学历占6.8%，大学本科占41.3%，大专占35.2%，中专及以下占16.7%。高级职称占9.9%，中级职称占22.5%，初级职称占58.1%。';
  const r = read(t);
  const edu = r.groups.find((g) => g.id === figure(t, '6.8%').group)!;
  assert.deepEqual([edu.kind, edu.total, edu.unit, edu.sum, edu.breakdown, edu.complete, edu.discrepancy], ['composition', null, 'percent', 100, 'education', true, false]);
  assert.deepEqual(['6.8%', '41.3%', '35.2%', '16.7%'].map((p) => [figure(t, p).code, figure(t, p).kind]),
    [['masters_plus', 'composition'], ['bachelor', 'composition'], ['junior_college', 'composition'], ['secondary_below', 'composition']]);
  // three title levels that leave out the rest (未评聘) are a make-up, not one that fails to add up to 100
  const title = r.groups.find((g) => g.id === figure(t, '9.9%').group)!;
  assert.notEqual(title.id, edu.id);
  assert.deepEqual([title.sum, title.breakdown, title.complete, title.discrepancy], [90.5, 'title', false, false]);
  // …and with its residual category printed, it is complete
  const all = t.replace('58.1%。', '58.1%，未评聘占9.5%。');
  assert.deepEqual([figure(all, '9.5%').group, figure(all, '9.5%').group_sum], [figure(all, '9.9%').group, 100]);
});

test('shares that are not a make-up stay apart: the same category at several levels, bounds, a share beside a count', () => {
  const levels = '国家级中心本科学历人员占75%以上；省级中心本科学历人员占65%以上；市级中心本科学历人员占50%以上。';
  assert.ok(['75%', '65%', '50%'].every((p) => figure(levels, p).group === null));
  const same = '甲县本科学历占41.3%，乙县本科学历占38.2%。';
  assert.equal(figure(same, '41.3%').group, null);
  const one = '全县卫生技术人员1234人，本科及以上学历占比为23.4%，较上年提高2.1个百分点。';
  assert.equal(figure(one, '23.4%').group, null);
});
