import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shareSources, sourceLine } from '../../../../src/share/snapshot.ts';
import { snapshot } from '../../helpers/share-fixture.ts';

test('source line names every original publication of the rows once, in order, then the copy read; secondary ones marked', () => {
  const s = snapshot();
  s.rows[2]!.is_secondary = true;
  assert.equal(sourceLine(s),
    "Sources: National Health and Family Planning Commission: China Health and Family Planning Statistical Yearbook 2016, Table 2-2-1 (read from: www.nhc.gov.cn, publisher's own page); "
    + 'National Health Commission: China Health Statistical Yearbook 2021 (secondary source) (read from: 010baizhang.com, mirror)');
  assert.equal(sourceLine({ ...s, lang: 'zh', rows: s.rows.slice(0, 1) }),
    '来源：国家卫生计生委《2016中国卫生和计划生育统计年鉴》，表2-2-1（读取自：www.nhc.gov.cn（原件(发布者自己的页面)））');
  assert.equal(sourceLine({ ...s, rows: [{ year: 2000 }] }), '');
});

test('share sources (Sources page, Cite dialog, CSV and JSON downloads) keep only http(s) addresses', () => {
  const rows = [
    { id: 'a', url: 'javascript:alert(document.domain)' }, { id: 'b', url: 'data:text/html,x' }, { id: 'c', url: 'https://www.nhc.gov.cn/x' }, { id: 'd', url: null },
  ];
  assert.deepEqual(shareSources(rows).map((s) => s.url), [null, null, 'https://www.nhc.gov.cn/x', null]);
});
