/**
 * Turn raw file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 (superset of
 * GBK/GB2312). A UTF-8 file with a few bytes that are not UTF-8 is neither: it is reported, never decoded as GB18030
 * (which would turn every Chinese label into mojibake). Only the standard TextDecoder, so the same code decodes a
 * reader's file in the browser.
 */
import { BuildError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Well-formed multi-byte UTF-8 sequences and bytes that belong to none, with the first such byte's offset. */
export function scanUtf8(bytes: Uint8Array): { sequences: number; invalid: number; firstInvalid: number } {
  let sequences = 0, invalid = 0, firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) { if (len > 1) sequences++; i += len; continue; }
    if (firstInvalid < 0) firstInvalid = i;
    invalid++;
    i++;
  }
  return { sequences, invalid, firstInvalid };
}

/** `file` names the file in the error raised for a UTF-8 file with stray bytes. */
export function decodeRaw(bytes: Uint8Array, file = 'raw file'): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // fatal: invalid UTF-8 throws, which is how a GBK/GB18030 file is recognised
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // GB18030 text read as UTF-8 is mostly invalid; UTF-8 text with a stray byte is mostly valid. A file with only a
    // few bytes outside ASCII, or one GB18030 cannot read either, is no GB18030 file.
    const scan = scanUtf8(bytes);
    const gb = new TextDecoder('gb18030').decode(bytes);
    if (scan.sequences > 4 * scan.invalid || scan.sequences + scan.invalid < 4 || /[\ufffd\ue000-\uf8ff]/.test(gb)) {
      let line = 1;
      for (let i = 0; i < scan.firstInvalid; i++) if (bytes[i] === 0x0a) line++;
      const hex = bytes[scan.firstInvalid]!.toString(16).toUpperCase().padStart(2, '0');
      throw new BuildError(`${file} line ${line}: mixed encoding: the file reads as UTF-8 except the byte at offset ${scan.firstInvalid} (0x${hex})` +
        `${scan.invalid > 1 ? ` and ${scan.invalid - 1} more byte(s)` : ''} is not; save the file again as UTF-8 (the build does not guess a decoding for part of a file)`);
    }
    return { text: gb, encoding: 'gb18030' };
  }
}
