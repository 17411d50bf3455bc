/**
 * A report file's bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 (a superset of GBK
 * and GB2312, the encodings local bureaus publish in). Only TextDecoder, so the browser decodes a file exactly as
 * the data build does.
 */

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class UnreadableReport extends Error {}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: true }).decode(bytes);
}

export function decodeReport(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  // NUL bytes never occur in UTF-8 or GB18030 text: an image, archive or word-processor file
  if (bytes.includes(0)) throw new UnreadableReport('not a text file (it contains NUL bytes): save the report as plain text (.txt)');
  try {
    return { text: decode('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    // invalid UTF-8 is how a GBK/GB18030 file is recognised
  }
  try {
    return { text: decode('gb18030', bytes), encoding: 'gb18030' };
  } catch {
    throw new UnreadableReport('neither UTF-8 nor GB18030 text: save the report as plain text in one of these encodings');
  }
}
