/**
 * `npm run --silent read-report -- <file> [--format jsonl|table] [--explain]`: the workforce figures of one report
 * (UTF-8 or GB18030 text) as JSON Lines on stdout, one object per figure, offsets into the decoded text; or a table
 * for reading. --explain adds, on stderr, each number left out and why. Exit 0 even when nothing is found; 1 with
 * a message for a file that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeReport, UnreadableReport } from '../src/reports/decode.ts';
import { readReportDetailed } from '../src/reports/reader.ts';
import { figureTable } from '../src/reports/table.ts';
import { loadVocab } from './pipeline/vocab.ts';
import { reportVocab } from './pipeline/report-vocab.ts';

const root = resolve(import.meta.dirname, '..');
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'jsonl' }, explain: { type: 'boolean', default: false } },
  });
} catch (e) {
  console.error(`read-report: ${(e as Error).message}`);
  process.exit(2);
}
const { values, positionals } = args;
if (positionals.length !== 1 || !['jsonl', 'table'].includes(values.format!)) {
  console.error('usage: npm run --silent read-report -- <file.txt> [--format jsonl|table] [--explain]');
  process.exit(2);
}
const file = positionals[0]!;
let text: string;
try {
  text = decodeReport(new Uint8Array(readFileSync(file))).text;
} catch (e) {
  const why = e instanceof UnreadableReport ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
  console.error(`read-report: cannot read ${file}: ${why}`);
  process.exit(1);
}
const { vocab, provinces } = reportVocab(loadVocab(resolve(root, 'data/vocab')));
const reading = readReportDetailed(text, { vocab, provinces });
if (values.format === 'table') process.stdout.write(figureTable(reading.figures));
else process.stdout.write(reading.figures.map((f) => JSON.stringify(f)).join('\n') + (reading.figures.length ? '\n' : ''));
if (values.explain) for (const s of reading.skipped) console.error(`left out ${s.start} ${JSON.stringify(s.text)}: ${s.reason}`);
