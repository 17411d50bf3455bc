/**
 * Tables printed as text (附表: a header line of column names, then one line per row, cells set apart by runs of
 * spaces, tabs, ideographic spaces or bars). Their numbers carry no measure word: the column header says what they
 * count (人数 → persons, 占比 → percent, 金额（万元） → yuan), or else the title does for every column (单位：人), or else
 * the row's label (每千常住人口…医师数（人）); a column of a year (2020年) dates its cells; a 合计 row or column is the
 * total of the others. Cells are found in the printed text and placed in the view, so the reader treats them like any
 * other number.
 */
import type { FigureUnit } from './types.ts';
import type { TextView } from './view.ts';
import { printedLines } from './lines.ts';

/** Cells of one printed line: text between runs of two spaces, a tab, an ideographic space or a bar (a Markdown table). */
const CELL_GAP = /[ \u00a0]{2,}|[\t\u3000|｜]+[ \u00a0\t\u3000|｜]*/g;
const NUMBER_CELL = /^(?:[-+]?[\d０-９][\d０-９,，.．]*[%％]?|1\s*[:：]\s*\d+(?:\.\d+)?)$/;
const RATIO_CELL = /^1\s*[:：]/;
/** A column of one year (2020年, 2025年目标): its cells are of that year. */
const YEAR_COLUMN = /^((?:19|20)\d{2})\s*年?/;
/** A column of what is planned (2025年目标, 规划值, 预期). */
const PLAN_COLUMN = /目标|规划|预期值|计划/;
/** A row label may be a year (2019年 …) though it is a number. */
const YEAR_LABEL = /^(?:19|20)\d{2}年?(?:度|底|末)?$/;
const TOTAL_ROW = /^(?:合\s*计|总\s*计|小\s*计|总数|全部|总体|全[县市区院])/;
/** A rule under a header (| --- | :---: |, ———— or ====): not a row, and the header is the line above it. */
const RULE_LINE = /^(?=.*[-—–=＝]{3})[\s|｜:：\-—–=＝+]+$/;

export interface Cell { start: number; end: number; text: string }

/** The cells of a printed line, with their offsets in the line; a single cell when the line has no gaps. */
export function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  let last = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(line[a]!)) a++;
    while (b > a && /\s/.test(line[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, text: line.slice(a, b) });
  };
  for (const m of line.matchAll(CELL_GAP)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, line.length);
  return out;
}

const isNumberCell = (c: Cell) => NUMBER_CELL.test(c.text);

/** A row of a table: a label, then numbers, then perhaps a short remark (a plan's 指标性质: 预期性, 约束性). */
export function isTableRow(line: string): boolean {
  const cells = cellsOf(line);
  if (cells.length < 2 || (isNumberCell(cells[0]!) && !YEAR_LABEL.test(cells[0]!.text))) return false;
  const rest = cells.slice(1);
  const numbers = rest.findIndex((c) => !isNumberCell(c));
  if (numbers === 0) return false;
  return numbers < 0 || rest.slice(numbers).every((c) => !/[\d０-９]/.test(c.text) && c.text.length <= 8);
}

function columnUnit(header: string): FigureUnit | null {
  if (/人次/.test(header)) return 'person-times';
  if (/占比|比例|比重|构成|百分|%|％|率/.test(header)) return 'percent';
  if (/元/.test(header)) return 'yuan';
  if (/人|名|数/.test(header)) return 'persons';
  return null;
}

function moneyFactor(header: string): number {
  return /亿元/.test(header) ? 1e8 : /万元/.test(header) ? 1e4 : /千元/.test(header) ? 1e3 : 1;
}

/** The unit a row's label states (每千常住人口执业（助理）医师数（人）, 本科及以上学历占比（%）), for tables of indicators. */
function rowUnit(label: string): { unit: FigureUnit; factor: number } | null {
  if (/[（(][%％][）)]|占比|比例|比重/.test(label)) return { unit: 'percent', factor: 1 };
  if (/每千/.test(label)) return { unit: 'per-1000-population', factor: 1 };
  if (/每万/.test(label)) return { unit: 'per-10000-population', factor: 1 };
  if (/[（(]万人[）)]/.test(label)) return { unit: 'persons', factor: 1e4 };
  if (/[（(][人名][）)]|人数/.test(label)) return { unit: 'persons', factor: 1 };
  return null;
}

/** The unit a table's title states for all its cells (表1 …构成（单位：人）, 单位：万元), or ''. */
const statedUnit = (title: string): string => title.match(/单\s*位\s*[:：]\s*([^）)\s,，;；]+)/)?.[1] ?? '';

export interface TableCell {
  /** Table and column, for grouping the rows of one column. */
  table: number;
  column: number;
  unit: FigureUnit;
  /** A money column's multiplier (金额（万元） → 10 000). */
  factor: number;
  /** The row is the table's total (合计). */
  total: boolean;
  /** The row, counted through the text; and whether the column is the row's total (a 合计 column). */
  row: number;
  totalColumn: boolean;
  /**
   * The year a column of years is of (2020年 | 2025年), null for other columns; whether it is a later year than
   * another column's, or says it is planned (2025年目标): a plan's target when the text sets targets.
   */
  year: string | null;
  laterYear: boolean;
  planned: boolean;
  /** The table's title (the line before its header) and the column's header, which say what the cells count. */
  title: string;
  header: string;
  /** The header names a part of the table (县级医院, 合计) rather than a measure (人数, 占比): it is part of the subject. */
  partColumn: boolean;
  /** The row's label in the view (执业（助理）医师): what every cell of the row counts. */
  label: { start: number; end: number } | null;
  /** View index where the table's title (or, without one, its header) starts: what is said before its rows. */
  titleAt: number;
}

/** Number cells of every table in the text, keyed by their start in the view. */
export function findTables(view: TextView): Map<number, TableCell> {
  const out = new Map<number, TableCell>();
  const { text, origin } = view;
  // printed offset → view index (the view keeps every printed character that is not a space or a line break)
  const toView = (p: number): number => {
    let lo = 0;
    let hi = origin.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (origin[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return origin[lo] === p ? lo : -1;
  };
  const lines = printedLines(text).map((l) => ({ start: l.start, text: text.slice(l.start, l.end) }));
  let table = 0;
  let rowCount = 0;
  for (let k = 1; k < lines.length; k++) {
    if (!isTableRow(lines[k]!.text) || isTableRow(lines[k - 1]!.text)) continue;
    // a header: the line before the first row (or before the rule under it), cells of words, one per column
    const headerLine = RULE_LINE.test(lines[k - 1]!.text) && k >= 2 ? k - 2 : k - 1;
    const header = cellsOf(lines[headerLine]!.text);
    if (header.length < 2 || header.some(isNumberCell)) continue;
    let title = '';
    let titleLine = lines[headerLine]!;
    for (let j = headerLine - 1; j >= 0 && j >= headerLine - 2; j--) if (lines[j]!.text.trim()) { title = lines[j]!.text.trim(); titleLine = lines[j]!; break; }
    const titleAt = toView(titleLine.start + titleLine.text.search(/\S/));
    const years = header.map((name) => YEAR_COLUMN.exec(name.text)?.[1] ?? null);
    const rows: { line: { start: number; text: string }; cells: Cell[] }[] = [];
    for (let j = k; j < lines.length && isTableRow(lines[j]!.text); j++) rows.push({ line: lines[j]!, cells: cellsOf(lines[j]!.text) });
    if (rows.length < 2) continue;
    table++;
    for (const { line, cells } of rows) {
      const total = TOTAL_ROW.test(cells[0]!.text);
      const row = ++rowCount;
      const labelStart = toView(line.start + cells[0]!.start);
      const labelEnd = toView(line.start + cells[0]!.end - 1);
      const label = labelStart < 0 || labelEnd < 0 ? null : { start: labelStart, end: labelEnd + 1 };
      cells.slice(1).forEach((cell, c) => {
        if (!isNumberCell(cell)) return; // a remark after the numbers
        // the header names every column, the labels' column included; right-aligned headers may lack the first
        const headerAt = header.length === cells.length ? c + 1 : header.length - (cells.length - 1) + c;
        const head = header[headerAt]?.text ?? '';
        const year = years[headerAt] ?? null;
        // a column header that names no unit (合计, 县级医院) counts in the unit the title states, or else the row's label
        const own = columnUnit(head);
        const unitWords = own === null ? statedUnit(title) : head;
        const byLabel = own === null && !unitWords ? rowUnit(cells[0]!.text) : null;
        const unit = /[%％]$/.test(cell.text) ? 'percent' : RATIO_CELL.test(cell.text) ? 'ratio' : own ?? columnUnit(unitWords) ?? byLabel?.unit ?? null;
        const at = toView(line.start + cell.start);
        if (unit === null || at < 0) return;
        out.set(at, {
          table, column: c, unit, factor: unit === 'yuan' ? moneyFactor(unitWords) : byLabel?.factor ?? 1, total, row, totalColumn: TOTAL_ROW.test(head), title, header: head,
          partColumn: own === null && head !== '' && year === null, label, titleAt: titleAt < 0 ? at : titleAt,
          year, laterYear: year !== null && years.some((y) => y !== null && y < year), planned: PLAN_COLUMN.test(head),
        });
      });
    }
    k += rows.length - 1;
  }
  return out;
}
