/** Read a raw file from disk and hand it to its layout's parser (read-records.ts), with its sidecar citation if any. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Encoding } from '../decode.ts';
import { loadSidecar } from '../sources.ts';
import type { LayoutResult } from '../types.ts';
import { readRawBytes } from './read-records.ts';

export function readRawFile(path: string): LayoutResult & { encoding: Encoding } {
  return readRawBytes(basename(path), readFileSync(path), () => loadSidecar(path));
}
