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
