import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printedLines } from '../../../../src/reports/lines.ts';

test('lines end at LF, CR or CRLF, one break each; an empty last line is kept', () => {
  const text = '一\r\n二\r三\n\n四\n';
  assert.deepEqual(printedLines(text).map((l) => text.slice(l.start, l.end)), ['一', '二', '三', '', '四', '']);
  assert.deepEqual(printedLines(''), [{ start: 0, end: 0 }]);
});
