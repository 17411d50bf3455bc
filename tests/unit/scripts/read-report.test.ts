/** `npm run --silent read-report -- <file>`: JSON Lines only on stdout, a table on request, clear failures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { root } from '../helpers/pipeline.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts/read-report.ts'), ...args], { encoding: 'utf8' });
const dir = tempDir('chwd-read-report-');

test('prints one JSON object per figure, offsets into the decoded text, and nothing else', () => {
  const file = join(root, 'data/raw/reports/xx-city-2012.txt');
  const r = run(file);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  const figures = lines.map((l) => JSON.parse(l) as { start: number; end: number; text: string; value: number; value_max: number | null; unit: string; kind: string });
  assert.equal(figures.length, 21);
  const subsidy = figures.find((f) => f.text === '2-9万')!;
  assert.deepEqual([subsidy.value, subsidy.value_max, subsidy.unit, subsidy.kind], [20000, 90000, 'yuan', 'money']);
});

test('reads a GB18030 file; --format table prints a readable table', () => {
  const file = join(dir, 'gbk.txt');
  writeFileSync(file, iconv.encode('全县有卫生技术人员762人，其中高级职称12人。\r\n', 'gb18030'));
  const j = run(file);
  assert.deepEqual(j.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { start: number }).start), [9, 20]);
  const t = run(file, '--format', 'table');
  assert.equal(t.status, 0);
  assert.match(t.stdout, /^start\s+text\s+value/);
  assert.match(t.stdout, /762.*headcount/);
  assert.match(t.stdout, /2 figure\(s\)\n$/);
});

test('exit 0 with no output when nothing is found; non-zero with a message for an unreadable file', () => {
  const none = join(dir, 'none.txt');
  writeFileSync(none, '加强卫生人才队伍建设。');
  const n = run(none);
  assert.deepEqual([n.status, n.stdout], [0, '']);
  const missing = run(join(dir, 'missing.txt'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read .*missing\.txt: no such file/);
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]));
  const b = run(binary);
  assert.equal(b.status, 1);
  assert.equal(b.stdout, '');
  assert.match(b.stderr, /not a text file/);
});
