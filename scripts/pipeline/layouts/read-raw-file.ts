/**
 * Read a raw file from disk and hand it to its layout's parser (read-records.ts), with its sidecar citation if any. A
 * UTF-8 file is read and decoded a few megabytes at a time, as its records are parsed, so that neither its bytes nor its
 * text are ever held whole; any other file (a BOM of UTF-16, bytes that are not UTF-8) is decoded whole by decode.ts.
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { CsvEnd } from '../csv.ts';
import { csvRecords } from '../csv.ts';
import type { Encoding } from '../decode.ts';
import { loadSidecar } from '../sources.ts';
import type { LayoutResult } from '../types.ts';
import { readRawBytes, readRecords } from './read-records.ts';

export interface RawFileResult extends LayoutResult { encoding: Encoding; sha256: string }

/** Bytes read per piece. */
const PIECE_BYTES = 8 * 2 ** 20;

/**
 * The file's bytes in pieces that end after a line break (the last piece: wherever the file ends), so that no UTF-8
 * character is cut in two. One buffer per file, no larger than the file: each piece is valid until the next is read.
 */
function* linePieces(path: string, pieceBytes: number): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(fstatSync(fd).size, pieceBytes)));
    let kept = 0; // bytes after the last line break of the previous piece, moved to the start of the buffer
    for (;;) {
      if (kept === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]); // a line longer than the buffer
      const n = readSync(fd, buffer, kept, buffer.length - kept, null);
      const filled = kept + n;
      if (n === 0) { if (filled) yield buffer.subarray(0, filled); return; }
      const cut = buffer.subarray(0, filled).lastIndexOf(0x0a) + 1;
      if (cut > 0) yield buffer.subarray(0, cut);
      buffer.copy(buffer, 0, cut, filled);
      kept = filled - cut;
    }
  } finally {
    closeSync(fd);
  }
}

function* utf8Text(path: string, pieceBytes: number): Generator<string> {
  const decoder = new TextDecoder('utf-8'); // drops a BOM at the start
  for (const bytes of linePieces(path, pieceBytes)) yield decoder.decode(bytes, { stream: true });
}

/** `pieceBytes`: how much is read at a time. */
export function readRawFile(path: string, pieceBytes = PIECE_BYTES): RawFileResult {
  const hash = createHash('sha256');
  let utf8 = true, bom = false, first = true;
  for (const bytes of linePieces(path, pieceBytes)) {
    hash.update(bytes);
    if (first) bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    first = false;
    utf8 &&= isUtf8(bytes);
  }
  const sha256 = hash.digest('hex');
  const file = basename(path);
  if (!utf8) return Object.assign(readRawBytes(file, readFileSync(path), () => loadSidecar(path)), { sha256 });
  const end: Partial<CsvEnd> = {};
  const encoding: Encoding = bom ? 'utf-8-bom' : 'utf-8';
  return Object.assign(readRecords(file, csvRecords(utf8Text(path, pieceBytes), end), () => loadSidecar(path), end), { encoding, sha256 });
}
