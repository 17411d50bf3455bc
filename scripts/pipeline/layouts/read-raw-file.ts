/** Read a raw file from disk and hand it to its layout's parser (read-records.ts), with its sidecar citation if any. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Encoding } from '../decode.ts';
import { loadSidecar } from '../sources.ts';
import type { LayoutResult } from '../types.ts';
import { readRawBytes } from './read-records.ts';

export interface RawFileResult extends LayoutResult { encoding: Encoding; sha256: string }

export function readRawFile(path: string): RawFileResult {
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return Object.assign(readRawBytes(basename(path), bytes, () => loadSidecar(path)), { sha256 });
}
