import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv } from '../../../../scripts/pipeline/csv-export.ts';

test('text cells that a spreadsheet would execute are neutralised; numbers are not', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-5'), "'-5"); // text as printed (value_published) is text
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\tx'), "'\tx");
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell(1069.4), '1069.4');
  assert.equal(csvCell('卫生人员'), '卫生人员');
});

test('lists, nulls, booleans and quoting', () => {
  assert.equal(csvCell(['derived', 'secondary']), 'derived;secondary');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(true), 'true');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "x"'), '"say ""x"""');
});

test('file starts with a BOM, has a header, CRLF line ends', () => {
  const s = toCsv(['a', 'b'], [{ a: 1, b: 'x' }]);
  assert.ok(s.startsWith('\ufeffa,b\r\n1,x\r\n'));
});
