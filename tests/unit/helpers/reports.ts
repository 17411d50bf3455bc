/** The report reader with the project's vocabularies, and finders that fail when a figure is missing. */
import assert from 'node:assert/strict';
import { readReportDetailed } from '../../../src/reports/reader.ts';
import type { Figure } from '../../../src/reports/types.ts';
import { reportVocab } from '../../../scripts/pipeline/report-vocab.ts';
import { vocab } from './pipeline.ts';

export const readerVocab = reportVocab(vocab);

export function read(text: string) {
  return readReportDetailed(text, readerVocab);
}

/** The figure printed as `printed` (the n-th one when it is printed more than once). */
export function figure(text: string, printed: string, n = 0): Figure {
  const found = read(text).figures.filter((f) => f.text === printed);
  assert.ok(found[n], `no figure "${printed}" read from: ${text}`);
  return found[n]!;
}

/** The printed numbers the reader takes as figures. */
export function printedFigures(text: string): string[] {
  return read(text).figures.map((f) => f.text);
}
