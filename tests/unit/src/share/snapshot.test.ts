import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceLine } from '../../../../src/share/snapshot.ts';
import { snapshot } from '../../helpers/share-fixture.ts';

test('source line lists every source of the rows once, in order, marking secondary ones', () => {
  const s = snapshot();
  s.rows[2]!.is_secondary = true;
  assert.equal(sourceLine(s),
    'Sources: 国家卫生计生委: 2016 中国卫生和计划生育统计年鉴; 国家卫生健康委: 2021 中国卫生健康统计年鉴 (secondary source)');
  assert.equal(sourceLine({ ...s, lang: 'zh', rows: s.rows.slice(0, 1) }), '来源：国家卫生计生委: 2016 中国卫生和计划生育统计年鉴');
  assert.equal(sourceLine({ ...s, rows: [{ year: 2000 }] }), '');
});
