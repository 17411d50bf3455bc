/**
 * A reader's own table, read with the data build's own rules (scripts/pipeline: decoding, layouts, normalisation,
 * plausibility checks), so every row is placed or rejected with the same message `npm run data` prints. Pure: the
 * vocabularies and the catalogue come in as arguments (bundled copies in the browser, data/ on disk in tests).
 */
import type { Lang, Observation, Rejection } from '../../contract/schema.ts';
import type { Catalogue, Sidecar } from '../../../scripts/pipeline/catalogue.ts';
import type { Encoding } from '../../../scripts/pipeline/decode.ts';
import { decodeRaw } from '../../../scripts/pipeline/decode.ts';
import { parseCsv, type CsvRecord } from '../../../scripts/pipeline/csv.ts';
import { BuildError } from '../../../scripts/pipeline/errors.ts';
import { readRecords } from '../../../scripts/pipeline/layouts/read-records.ts';
import { placeFigures } from '../../../scripts/pipeline/place-figures.ts';
import type { Vocab } from '../../../scripts/pipeline/vocab-tables.ts';

/** What the reader says about a table that does not say it itself (a yearbook table's sidecar). */
export interface TableAnswers { measure: 'density' | 'headcount'; unit: string; year: number | null }

/** A placed row as kept in the browser and in DuckDB's `my_rows` (the observation columns a chart or a query reads). */
export type OwnRow = Pick<Observation,
  'obs_id' | 'theme' | 'year' | 'geo_level' | 'geo_code' | 'area' | 'institution' | 'cadre' | 'measure' | 'unit' | 'denominator'
  | 'breakdown' | 'category' | 'programme' | 'value' | 'value_published' | 'qualifier' | 'precision' | 'unit_published' | 'definition'
  | 'raw_file' | 'raw_row' | 'locator'> & { flags: string };

export interface OwnTable {
  file: string; layout: string; encoding: Encoding | 'xlsx' | 'parquet';
  rows: OwnRow[]; rejections: Rejection[];
  read: number; placed: number; rejected: number; missing: number; noteLines: number;
}

export interface ReadContext { vocab: Vocab; catalogue: Catalogue }

/** The reader's table as its own source: it is the original, cited by its file name. */
export function readerSidecar(file: string, answers: TableAnswers): Sidecar {
  return {
    id: 'your-table', publisher: file, title: file, url: null, locator: null, language: 'zh-Hans', kind: 'official_table', licence: '',
    copy_kind: 'original', original_publisher: null, original_title: null, original_title_en: null, original_date: null,
    original_locator: null, original_note: null,
    measure: answers.measure, unit: answers.unit, ...(answers.year ? { year: answers.year } : {}),
  };
}

/**
 * What a yearbook table's title and headers suggest: a density when they speak of 每千人口 / per 1,000, else a
 * headcount (in 万人 when they say so); the year of a by-region table from a title such as "2022年各地区…".
 */
export function guessAnswers(records: CsvRecord[]): TableAnswers {
  const head = records.slice(0, 6).map((r) => r.cells.join(' ')).join(' ');
  const year = head.match(/((?:19|20)\d{2})\s*年/)?.[1] ?? head.match(/\b((?:19|20)\d{2})\b/)?.[1];
  const y = year ? Number(year) : null;
  if (/万人口|per\s*10[, ]?000\b/i.test(head)) return { measure: 'density', unit: '人/万人口', year: y };
  if (/千人口|per\s*1[, ]?000\b/i.test(head)) return { measure: 'density', unit: '人/千人口', year: y };
  return { measure: 'headcount', unit: /万人/.test(head) ? '万人' : '人', year: y };
}

function ownRow(o: Omit<Observation, 'figure_key'>): OwnRow {
  return {
    obs_id: o.obs_id, theme: o.theme, year: o.year, geo_level: o.geo_level, geo_code: o.geo_code, area: o.area, institution: o.institution,
    cadre: o.cadre, measure: o.measure, unit: o.unit, denominator: o.denominator, breakdown: o.breakdown, category: o.category,
    programme: o.programme, value: o.value, value_published: o.value_published, qualifier: o.qualifier, precision: o.precision,
    unit_published: o.unit_published, definition: o.definition, raw_file: o.raw_file, raw_row: o.raw_row, locator: o.locator,
    flags: o.flags.join(' '),
  };
}

/** A table's records (from text, a spreadsheet or a Parquet file) → placed and rejected rows. */
export function placeRecords(file: string, records: CsvRecord[], encoding: OwnTable['encoding'], ctx: ReadContext, answers?: TableAnswers): OwnTable {
  const sidecar = () => readerSidecar(file, answers ?? guessAnswers(records));
  try {
    const parsed = readRecords(file, records, sidecar);
    const placed = placeFigures(parsed, { vocab: ctx.vocab, catalogue: ctx.catalogue, extraLabels: new Map() });
    return {
      file, layout: parsed.layout, encoding, rows: placed.observations.map(ownRow), rejections: placed.rejections,
      read: placed.read, placed: placed.written, rejected: placed.rejected, missing: placed.missing, noteLines: parsed.noteLines,
    };
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    // the whole file is unreadable (e.g. empty): one rejection naming it, as the build reports it
    return {
      file, layout: 'unknown', encoding, rows: [], read: 0, placed: 0, rejected: 0, missing: 0, noteLines: 0,
      rejections: [{ raw_file: file, raw_row: 1, column: '(file)', value: '', reason: e.message, suggestion: null }],
    };
  }
}

/** A CSV, TSV or text file as published: any of the build's encodings, any of its layouts. */
export function readTextTable(file: string, bytes: Uint8Array, ctx: ReadContext, answers?: TableAnswers): OwnTable {
  const { text, encoding } = decodeRaw(bytes);
  return placeRecords(file, parseCsv(text), encoding, ctx, answers);
}

/** The words of a code from the vocabularies' labels (the code itself when it has none). */
export function labelOf(vocab: Vocab, domain: string, code: string | null, lang: Lang): string {
  if (code === null) return '';
  const l = vocab.labels.find((x) => x.domain === domain && x.code === code);
  return l ? l[lang] || code : code;
}
