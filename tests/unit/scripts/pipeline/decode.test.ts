import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeRaw } from '../../../../scripts/pipeline/decode.ts';
import { parseCsv } from '../../../../scripts/pipeline/csv.ts';
import { fixture } from '../../helpers/pipeline.ts';

test('UTF-8 with and without BOM', () => {
  const plain = decodeRaw(new TextEncoder().encode('地区,值\n北京,1'));
  assert.equal(plain.encoding, 'utf-8');
  assert.equal(plain.text, '地区,值\n北京,1');
  const bom = decodeRaw(readFileSync(fixture('yearbook/by-year.csv')));
  assert.equal(bom.encoding, 'utf-8-bom');
  assert.ok(bom.text.startsWith('表2-2-1'), 'BOM stripped');
});

test('GB18030 (and GBK) files are recognised and decoded', () => {
  const d = decodeRaw(readFileSync(fixture('yearbook/by-region-gb18030.csv')));
  assert.equal(d.encoding, 'gb18030');
  assert.match(d.text, /内蒙古自治区/);
  const gbk = decodeRaw(iconv.encode('卫生技术人员,注册护士', 'gbk'));
  assert.equal(gbk.text, '卫生技术人员,注册护士');
});

test('UTF-16 with BOM', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('年份\t合计', 'utf-16le')]);
  assert.equal(decodeRaw(bytes).text, '年份\t合计');
});

test('records keep their 1-based starting line, across blank lines and quoted newlines', () => {
  const recs = parseCsv('a,b\n1,2\n\n"x\ny",3\r\n4,5\n');
  assert.deepEqual(recs.map((r) => r.line), [1, 2, 4, 6]);
  assert.deepEqual(recs[2].cells, ['x\ny', '3']);
  assert.deepEqual(recs[3].cells, ['4', '5'], 'CRLF stripped');
});

test('tab-separated exports are detected', () => {
  assert.deepEqual(parseCsv('年份\t合计\n2015\t1.1\n')[1].cells, ['2015', '1.1']);
});
