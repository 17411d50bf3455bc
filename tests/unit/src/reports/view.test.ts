import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildView, printedSpan } from '../../../../src/reports/view.ts';
import { figure } from '../../helpers/reports.ts';

test('the view folds full-width forms and traditional characters, one character for one', () => {
  const v = buildView('衛生技術人員１２０人，佔７５％');
  assert.equal(v.norm, '卫生技术人员120人,占75%');
  assert.equal(v.origin[6], 6);
});

test('CRLF and LF read alike; offsets stay those of the printed text', () => {
  const lf = '一、基本情况\n全县有卫生技术人员762人。\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = figure(lf, '762');
  const b = figure(crlf, '762');
  assert.equal(lf.slice(a.start, a.end), '762');
  assert.equal(crlf.slice(b.start, b.end), '762');
  assert.equal(b.start - a.start, 1); // one CR before it
});

test('a hard-wrapped sentence is joined; a number broken across lines reads as one', () => {
  const t = '截至目前，全县共有村卫生室136个，在岗乡村医生2\n76人，其中取得执业（助理）医师资格的58人，乡村医生队\n伍老化的问题较为突出。\n二、工作打算\n招聘医生5人。';
  const f = figure(t, '2\n76');
  assert.equal(f.value, 276);
  assert.equal(t.slice(f.start, f.end), '2\n76');
  const v = buildView(t);
  assert.ok(v.norm.includes('乡村医生队伍老化'));
  assert.ok(v.norm.includes('突出。\n二、工作打算\n'), 'paragraph breaks and headings stay');
  const s = printedSpan(v, v.norm.indexOf('276'), v.norm.indexOf('276') + 3);
  assert.equal(t.slice(s.start, s.end), '2\n76');
});
