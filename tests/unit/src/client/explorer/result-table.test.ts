/** The result table's cell text and its fixed column widths. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QueryResult } from '../../../../../src/contract/query-result.ts';
import { cellText, columnWidths, textWidth } from '../../../../../src/client/explorer/result-table.ts';

test('cells: NULL for a missing value, lists in brackets', () => {
  assert.equal(cellText(null), 'NULL');
  assert.equal(cellText(['a', null]), '[a, NULL]');
  assert.equal(cellText(4.63), '4.63');
});

test('widths count wide characters twice and stay between 4 and 30', () => {
  assert.equal(textWidth('北京a'), 5);
  const result: QueryResult = {
    columns: [{ name: 'province_zh', kind: 'text' }, { name: 'v', kind: 'number' }, { name: 'note', kind: 'text' }],
    rows: [['黑龙江', 1, 'x'.repeat(80)], ['北京', 12.5, null]],
    capped: false, ms: 1,
  };
  assert.deepEqual(columnWidths(result), [11, 4, 30]);
});
