import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCompact, formatList, formatNumber } from '../../../../src/lib/format.ts';

test('formatters made once per language still format in the language asked for, whichever came first', () => {
  assert.equal(formatCompact(1234567, 'en'), '1.2M');
  assert.equal(formatCompact(1234567, 'zh'), '123.5万');
  assert.equal(formatCompact(1234567, 'en'), '1.2M');
  assert.equal(formatList(['甲', '乙', '丙'], 'zh'), '甲、乙和丙');
  assert.equal(formatList(['A', 'B', 'C'], 'en'), 'A, B, and C');
  // A compact, a list and a plain number formatter for one language are kept apart.
  assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
});
