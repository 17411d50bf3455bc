import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseRuns } from '../../../../src/lib/chinese-runs.ts';

test('Chinese runs are marked, quoted cells whole, the rest left as it is', () => {
  assert.deepEqual(chineseRuns('yearbook tables (合计/城市/农村 columns)'), [
    { text: 'yearbook tables (', zh: false }, { text: '合计', zh: true }, { text: '/', zh: false }, { text: '城市', zh: true },
    { text: '/', zh: false }, { text: '农村', zh: true }, { text: ' columns)', zh: false },
  ]);
  assert.deepEqual(chineseRuns('unknown label "卫生 人员"; see 第四篇。'), [
    { text: 'unknown label ', zh: false }, { text: '"卫生 人员"', zh: true }, { text: '; see ', zh: false }, { text: '第四篇。', zh: true },
  ]);
  assert.deepEqual(chineseRuns('plain'), [{ text: 'plain', zh: false }]);
});
