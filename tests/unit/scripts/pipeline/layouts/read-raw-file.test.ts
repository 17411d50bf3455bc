/** Whole-file problems are reported as what they are: a truncated download, a mixed encoding. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRawFile } from '../../../../../scripts/pipeline/layouts/read-raw-file.ts';
import { readRawBytes } from '../../../../../scripts/pipeline/layouts/read-records.ts';
import { BuildError } from '../../../../../scripts/pipeline/errors.ts';
import { loadSidecar } from '../../../../../scripts/pipeline/sources.ts';
import { root } from '../../../helpers/pipeline.ts';
import { buildFrom, rawDir } from '../../../helpers/small-build.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const who = readFileSync(join(root, 'data/raw/who-hwf.csv'), 'utf8').split('\n').slice(0, 6).join('\n') + '\n';
const write = (name: string, content: string | Uint8Array) => {
  const path = join(tempDir('chwd-rawfile-'), name);
  writeFileSync(path, content);
  return path;
};
const drain = (path: string) => [...readRawFile(path).figures].length;

test('a file cut off in the middle of a row (inside its source address) is reported as truncated, not as an unknown source', async () => {
  const cut = who.slice(0, who.lastIndexOf('https://who.int') > 0 ? who.lastIndexOf('https://who.int') : who.lastIndexOf('https://www.who.int') + 30);
  const path = write('who-cut.csv', cut);
  assert.throws(() => drain(path), (e: Error) => e instanceof BuildError
    && /^who-cut\.csv row 6: the file is truncated: it ends inside this row \(10 of 11 columns, no line break at the end\)/.test(e.message));
  // through the build: the truncation is the message, and nothing about the catalogue
  const dir = rawDir([path]);
  await assert.rejects(buildFrom(dir), (e: Error) => /truncated/.test(e.message) && !/catalogue/.test(e.message));
});

test('a file cut off inside a quoted cell is reported as truncated', () => {
  const path = write('who-quote.csv', who.slice(0, who.lastIndexOf('"WHO Global') + 12));
  assert.throws(() => drain(path), /who-quote\.csv row 6: the file is truncated: .*inside a quoted cell/);
});

test('complete files, with or without a final line break, are read whole', () => {
  assert.equal(drain(write('who.csv', who)), 5);
  assert.equal(drain(write('who-nolf.csv', who.trimEnd())), 5);
});

test('a stray non-UTF-8 byte names the file, line and offset', () => {
  const bytes = Buffer.from(who, 'utf8');
  const at = bytes.indexOf('Niger');
  const path = write('who-mixed.csv', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xa1]), bytes.subarray(at), Buffer.from('“”—', 'utf8')]));
  assert.throws(() => readRawFile(path), new RegExp(`who-mixed\\.csv line 2: mixed encoding: the file reads as UTF-8 except the byte at offset ${at} \\(0xA1\\) is not`));
});

test('a file read a few bytes at a time gives the same figures as the file read whole, with or without a BOM', () => {
  for (const [name, content] of [['who.csv', who], ['who-bom.csv', `\ufeff${who.replace(/\n/g, '\r\n')}`], ['yearbook.csv', readFileSync(join(root, 'tests/fixtures/yearbook/by-year.csv'), 'utf8')]] as const) {
    const path = write(name, content);
    if (name === 'yearbook.csv') copyFileSync(join(root, 'tests/fixtures/yearbook/by-year.csv.source.json'), `${path}.source.json`);
    const whole = readRawBytes(name, readFileSync(path), () => loadSidecar(path));
    const expected = [...whole.figures];
    assert.ok(expected.length > 0 || whole.rejections.length > 0, `${name}: something read`);
    for (const pieceBytes of [1, 7, 64, 1000]) {
      const read = readRawFile(path, pieceBytes);
      assert.deepEqual([...read.figures], expected, `${name} in pieces of ${pieceBytes} bytes`);
      assert.deepEqual(read.rejections, whole.rejections);
      assert.equal(read.encoding, whole.encoding);
    }
  }
});
