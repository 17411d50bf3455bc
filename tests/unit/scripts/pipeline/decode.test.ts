import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeRaw, scanUtf8 } from '../../../../scripts/pipeline/decode.ts';
import { csvRecords, parseCsv } from '../../../../scripts/pipeline/csv.ts';
import { BuildError } from '../../../../scripts/pipeline/errors.ts';
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

test('tab-separated exports are detected, and semicolon-separated ones with decimal commas', () => {
  assert.deepEqual(parseCsv('年份\t合计\n2015\t1.1\n')[1].cells, ['2015', '1.1']);
  assert.deepEqual(parseCsv('地区;卫生技术人员;注册护士\n北京;29,1;12,7\n天津;11,2;4,4\n')[1].cells, ['北京', '29,1', '12,7']);
  assert.deepEqual(parseCsv('a,b,c\n"x; y",2,3\n')[1].cells, ['x; y', '2', '3'], 'a comma file with a semicolon in a cell stays a comma file');
});

test('a UTF-8 file with one stray byte is reported as mixed encoding (file, line, byte offset), never decoded as GB18030', () => {
  const good = new TextEncoder().encode('年份,卫生技术人员\n2015,1.1\n2016,1.2\n');
  const offset = new TextEncoder().encode('年份,卫生技术人员\n2015,1.1\n2016,1').length;
  const bytes = new Uint8Array([...good.subarray(0, offset), 0xb7, ...good.subarray(offset)]);
  assert.throws(() => decodeRaw(bytes, 'table.csv'), (e: Error) => e instanceof BuildError
    && e.message === `table.csv line 3: mixed encoding: the file reads as UTF-8 except the byte at offset ${offset} (0xB7) is not; save the file again as UTF-8 (the build does not guess a decoding for part of a file)`);
  // the same text saved as GB18030 throughout is still read
  assert.equal(decodeRaw(iconv.encode('年份,卫生技术人员\n2015,1.1\n', 'gb18030')).encoding, 'gb18030');
});

test('UTF-8 scan: multi-byte sequences counted, stray bytes located', () => {
  assert.deepEqual(scanUtf8(new TextEncoder().encode('a卫b')), { sequences: 1, invalid: 0, firstInvalid: -1 });
  assert.deepEqual(scanUtf8(new Uint8Array([0x61, 0xff, 0x62, 0xc0])), { sequences: 0, invalid: 2, firstInvalid: 1 });
});

test('CSV records: quoted cells with line breaks and doubled quotes, line numbers kept, and how the text ended', () => {
  const end = {};
  assert.deepEqual([...csvRecords('a,"b ""x""\nc"\r\n\r\n1,2', end)], [{ line: 1, cells: ['a', 'b "x"\nc'] }, { line: 4, cells: ['1', '2'] }]);
  assert.deepEqual(end, { insideQuotes: false, finalLineBreak: false });
  const cut = {};
  [...csvRecords('a,b\n1,"https://who.int/da', cut)];
  assert.deepEqual(cut, { insideQuotes: true, finalLineBreak: false });
});

test('CSV records from a text in pieces are those of the whole text, wherever it is cut', () => {
  for (const text of ['a,"b ""x""\nc"\r\n\r\n1,2', 'x\ty\r1\t"2\r\n3"\n\n4\t5\n', 'a,b\n1,"https://who.int/da']) {
    const end = {};
    const whole = [...csvRecords(text, end)];
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j += 3) {
        const cut = {};
        assert.deepEqual([...csvRecords([text.slice(0, i), text.slice(i, j), text.slice(j)], cut)], whole, `cut at ${i} and ${j}: ${JSON.stringify(text)}`);
        assert.deepEqual(cut, end);
      }
    }
  }
});
