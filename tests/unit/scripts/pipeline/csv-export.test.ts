import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, csvHeader, csvLines, rowValues } from '../../../../scripts/pipeline/csv-export.ts';

/** A table's download CSV as the data build writes it (write-outputs.ts): header, then a line per row. */
function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const line = csvLines(columns), values = rowValues(columns);
  return csvHeader(columns) + rows.map((r) => line(values(r))).join('');
}

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

test('a large table is written cell for cell as csvCell writes each cell, repeated texts and unique ones alike', () => {
  const rows = Array.from({ length: 12_000 }, (_, i) => ({ code: i % 3 ? 'a,b' : '=1+1', id: `-${i}`, n: i / 7, list: i % 2 ? ['x', 'y'] : [] }));
  const lines = toCsv(['code', 'id', 'n', 'list'], rows).split('\r\n');
  assert.equal(lines.length, rows.length + 2);
  rows.forEach((r, i) => assert.equal(lines[i + 1], [csvCell(r.code), csvCell(r.id), csvCell(r.n), csvCell(r.list)].join(','), `row ${i}`));
  assert.equal(lines[1], "'=1+1,'-0,0,");
});
