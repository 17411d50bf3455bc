import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { csvCommentLine, neutraliseCell } from '../../../../src/lib/csv-cell.ts';

test('a cell with spaces before a formula is neutralised too', () => {
  assert.equal(neutraliseCell(' =1+1'), "' =1+1");
  assert.equal(neutraliseCell('a = b'), 'a = b');
});

test('a comment line stays one raw # line, and no piece a spreadsheet splits off it is a formula or opens a quoted cell', () => {
  const line = csvCommentLine('Scenario A: x,=HYPERLINK("http://e/","c"); +1\t@SUM(1), "=2"\r\nnext');
  assert.ok(line.startsWith('# Scenario A: x,'));
  assert.doesNotMatch(line, /[\r\n]/);
  for (const delimiter of [',', ';', '\t']) {
    const cells = Papa.parse<string[]>(line, { delimiter }).data.flat();
    assert.deepEqual(cells.filter((c) => /^\s*[=+\-@]/.test(c)), [], delimiter);
  }
  assert.equal(csvCommentLine('Link: http://x/?a=1,b'), '# Link: http://x/?a=1,b', 'ordinary text unchanged');
});
