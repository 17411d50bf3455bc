/**
 * Narrative reports in data/raw/reports/ → rows of the report_figures table. Each report (`<name>.txt`, UTF-8 or
 * GB18030) needs its citation sidecar `<name>.txt.source.json` (the catalogue fields of a source, plus `date` and
 * `places`: printed place → GB/T 2260 code, where the report's place is known). An optional review file
 * `<name>.txt.review.csv` (figure, text, action, value, note) lets a person accept, correct or reject what the reader
 * found: accepted and corrected figures are published as reviewed, rejected ones go to the rejections table with the
 * note. Every figure read is written or rejected; a review that does not fit the report stops the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ReportFigureRow, Rejection } from '../../src/contract/schema.ts';
import { decodeReport, UnreadableReport } from '../../src/reports/decode.ts';
import { readReport } from '../../src/reports/reader.ts';
import type { Figure } from '../../src/reports/types.ts';
import { BuildError } from './errors.ts';
import { parseCsv } from './csv.ts';
import { checkEntry, type CatalogueEntry } from './sources.ts';
import type { ReportVocabFile } from './report-vocab.ts';

export const REPORTS_DIR = 'reports';

export interface ReportFile {
  file: string; sha256: string; encoding: string; source: CatalogueEntry;
  read: number; written: number; rejected: number; reviewed: number;
}

export interface ReportsResult { rows: ReportFigureRow[]; rejections: Rejection[]; files: ReportFile[] }

interface Review { line: number; action: 'accept' | 'correct' | 'reject'; value: number | null; note: string }

const ACTIONS = new Set(['accept', 'correct', 'reject']);
const REVIEW_HEADER = ['figure', 'text', 'action', 'value', 'note'];

function readSidecar(path: string, where: string): { entry: CatalogueEntry; places: Record<string, string> } {
  if (!existsSync(path)) throw new BuildError(`${where}: no citation sidecar ${where}.source.json (publisher, title, url, date, places)`);
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new BuildError(`${where}.source.json: not valid JSON (${(e as Error).message})`);
  }
  const entry = checkEntry(raw, `${where}.source.json`);
  const places = (raw.places ?? {}) as Record<string, unknown>;
  for (const [name, code] of Object.entries(places)) {
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) throw new BuildError(`${where}.source.json: place "${name}" needs a 6-digit GB/T 2260 code, not "${String(code)}"`);
  }
  if (raw.date !== undefined && raw.date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(raw.date))) {
    throw new BuildError(`${where}.source.json: "date" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return { entry, places: places as Record<string, string> };
}

/** The review file: figure offset → decision; every line checked against the report's figures. */
function readReview(path: string, where: string, figures: Map<string, Figure>): Map<string, Review> {
  const out = new Map<string, Review>();
  if (!existsSync(path)) return out;
  const records = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const header = records.shift()?.cells.map((c) => c.trim()) ?? [];
  if (REVIEW_HEADER.some((h, i) => header[i] !== h)) throw new BuildError(`${where} line 1: the header must be ${REVIEW_HEADER.join(',')}`);
  for (const { line, cells } of records) {
    const [id, text, action, value, note] = REVIEW_HEADER.map((_, i) => (cells[i] ?? '').trim()) as [string, string, string, string, string];
    const at = (column: string, why: string) => new BuildError(`${where} line ${line}, column ${column}: ${why}`);
    const figure = figures.get(id);
    if (!figure) throw at('figure', `no figure starts at offset "${id}" in the report (run npm run read-report on it to see the offsets)`);
    if (text !== figure.text.replace(/\s+/g, '')) throw at('text', `"${text}" is not the number printed there ("${figure.text}")`);
    if (!ACTIONS.has(action)) throw at('action', `"${action}" is not one of accept, correct, reject`);
    const corrected = value === '' ? null : Number(value);
    if (action === 'correct' && (corrected === null || !Number.isFinite(corrected))) throw at('value', 'a correction needs the right value as a number');
    if (action !== 'correct' && value !== '') throw at('value', 'only a correction gives a value');
    if (action !== 'accept' && !note) throw at('note', `a ${action}ion needs a note saying why`);
    if (out.has(id)) throw at('figure', `figure ${id} is reviewed twice`);
    out.set(id, { line, action: action as Review['action'], value: corrected, note });
  }
  return out;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export function readReports(rawDir: string, vocab: ReportVocabFile): ReportsResult {
  const dir = join(rawDir, REPORTS_DIR);
  const result: ReportsResult = { rows: [], rejections: [], files: [] };
  if (!existsSync(dir)) return result;
  for (const name of readdirSync(dir).filter((f) => /\.txt$/i.test(f)).sort()) {
    const where = `${REPORTS_DIR}/${name}`;
    const path = join(dir, name);
    const bytes = readFileSync(path);
    let text: string;
    let encoding: string;
    try {
      ({ text, encoding } = decodeReport(new Uint8Array(bytes)));
    } catch (e) {
      if (e instanceof UnreadableReport) throw new BuildError(`${where}: ${e.message}`);
      throw e;
    }
    const { entry, places } = readSidecar(`${path}.source.json`, where);
    const { figures } = readReport(text, vocab);
    const byOffset = new Map(figures.map((f) => [f.id, f]));
    const reviews = readReview(`${path}.review.csv`, `${where}.review.csv`, byOffset);
    const fileId = (f: Figure) => `${name}@${f.id}`;
    const report: ReportFile = {
      file: where, sha256: createHash('sha256').update(bytes).digest('hex'), encoding, source: entry,
      read: figures.length, written: 0, rejected: 0, reviewed: 0,
    };
    for (const f of figures) {
      const review = reviews.get(f.id);
      if (review?.action === 'reject') {
        report.rejected++;
        result.rejections.push({
          raw_file: where, raw_row: lineOf(text, f.start), column: `characters ${f.start}-${f.end}`, value: f.text,
          reason: `rejected on review: ${review.note}`, suggestion: null,
        });
        continue;
      }
      report.written++;
      if (review) report.reviewed++;
      result.rows.push({
        figure_id: fileId(f), raw_file: where, source_id: entry.id, document: f.document, place: f.place,
        place_code: f.place !== null ? (places[f.place] ?? null) : null, year: f.year, year_flag: f.year_flag,
        char_start: f.start, char_end: f.end, text: f.text, value: review?.action === 'correct' ? review.value! : f.value,
        value_read: f.value, value_max: f.value_max, qualifier: f.qualifier, unit: f.unit, basis: f.basis, kind: f.kind,
        is_target: f.is_target, subject_zh: f.subject_zh, code: f.code, code_domain: f.code_domain,
        group_id: f.group, group_role: f.role, group_total: f.group_total, group_sum: f.group_sum, discrepancy: f.discrepancy,
        repeat_of: f.repeat_of !== null ? `${name}@${f.repeat_of}` : null, quote: f.quote,
        reviewed: review !== undefined, review: review ? (review.action as 'accept' | 'correct') : null, review_note: review?.note || null,
      });
    }
    if (report.read !== report.written + report.rejected) {
      throw new Error(`internal: ${where} read ${report.read} ≠ written ${report.written} + rejected ${report.rejected}`);
    }
    result.files.push(report);
  }
  return result;
}
