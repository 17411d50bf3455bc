import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeReport, UnreadableReport } from '../../../../src/reports/decode.ts';

const TEXT = '泗縣衛健委簽訂農村訂單定向醫學生10人；全县招聘医生２０人。';

test('UTF-8 with and without BOM, UTF-16 with BOM, and GB18030 all decode to the same text', () => {
  assert.deepEqual(decodeReport(new Uint8Array(Buffer.from(TEXT, 'utf8'))), { text: TEXT, encoding: 'utf-8' });
  assert.deepEqual(decodeReport(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]))), { text: TEXT, encoding: 'utf-8-bom' });
  assert.deepEqual(decodeReport(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))), { text: TEXT, encoding: 'utf-16le' });
  const gb = new Uint8Array(iconv.encode(TEXT, 'gb18030'));
  assert.deepEqual(decodeReport(gb), { text: TEXT, encoding: 'gb18030' });
});

test('a file that is not text is refused with a clear message', () => {
  assert.throws(() => decodeReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), (e: unknown) => e instanceof UnreadableReport && /not a text file/.test((e as Error).message));
  assert.throws(() => decodeReport(new Uint8Array([0x81, 0x30, 0xff, 0xff])), UnreadableReport);
});
