/**
 * The published layout of China Health Statistical Yearbook / China Statistical Yearbook density and headcount
 * tables, as exported to CSV/TSV: optional title lines; one header row of cadres whose merged cells leave blanks
 * to the right; an optional second header row of 合计/城市/农村 under each cadre; then either year rows
 * ("2015", "２０１５年") or, in the by-region variant, province rows ("北 京") for the year given in the sidecar;
 * then trailing note lines (注:…, 资料来源:…). The same table turned round, with its years across the header row
 * (指标 | 2018年 | 2019年 …) and one cadre per row, is read the same way: a row of 城市/农村 under a cadre's row is
 * that cadre's. A long table, one figure per row (指标 | 地区 | 城乡 | 年份 | 数值 | 单位), is read by its column
 * names. The citation, the measure and the unit come from the sidecar <file>.source.json because the table
 * itself carries none (a long table's 单位 column, where it has one, gives each row's unit).
 */
import type { CsvRecord } from '../csv.ts';
import type { LayoutResult, RawFigure } from '../types.ts';
import type { Sidecar } from '../sources.ts';
import type { Rejection } from '../../../src/contract/schema.ts';
import { normaliseText, labelKey } from '../text.ts';
import { parsePublishedNumber } from '../numbers.ts';

/** The first header cell of a table of years down (年份) or, turned round, of cadres down (指标, 项目). */
const YEAR_HEADINGS = new Set(['年份', '年度', '年', 'year', 'years', '指标', '指标名称', '项目', '类别', '分类', 'item', 'indicator']);
const REGION_HEADINGS = new Set(['地区', '地区名称', '省份', '省(区、市)', '省区市', 'region', 'regions', 'province']);
const AREA_LABELS = new Set(['合计', '总计', '小计', '计', '城市', '农村', '城镇', '乡村', 'total', 'urban', 'rural', 'subtotal']);
/** A note line: 注 only as a note's mark (注：, 注1, 注 …), so that a row of 注册护士 is not taken for one. */
const NOTE_START = /^(?:注(?:[\s:：0-9.、)①-⑩]|$)|(?:备注|说明|资料来源|数据来源|note|notes|source|sources)\s*[:：0-9.、)]?)/i;
/** Why a by-region table without a year is rejected (a reader's own table is asked for it instead: src/client/own-table). */
export const NEEDS_YEAR = 'a by-region table needs "year" in its sidecar';
/** Row labels of a by-region table's total: the national figure only when every province is listed beside it. */
const TOTAL_ROWS = new Set(['合计', '总计']);
const PROVINCES = 31;

/**
 * The Chinese of a bilingual label, as the yearbooks print them ("合计 Total", "北 京 Beijing", "执业(助理)医师
 * Licensed (Assistant) Doctors", the English on a line of its own): the English after the Chinese is left out.
 */
export function chinesePart(raw: string): string {
  const s = normaliseText(raw);
  return /[\u4e00-\u9fff]/.test(s) ? s.replace(/(?<=[\u4e00-\u9fff)）*#\d])\s*[A-Za-z][\x20-\x7e\n\r]*$/, '').trim() : s;
}

const isAreaLabel = (s: string) => AREA_LABELS.has(labelKey(chinesePart(s)));
/** "卫生技术人员(人)" → label + unit; "#执业(助理)医师" / "其中:注册护士" → the cadre name alone. */
export function splitHeader(raw: string): { label: string; unit: string | null } {
  let s = chinesePart(raw).replace(/^(#|其中[:：]?)\s*/, '').trim();
  const m = s.match(/^(.*?)[(（]((?:万)?人(?:\/[^)）]*)?|%|‰|人\/千人口|人\/万人口)[)）]$/);
  if (m) return { label: m[1].trim(), unit: m[2] };
  s = s.replace(/[*#]+$/, '').trim();
  return { label: s, unit: null };
}
/** Row label without footnote markers and spacing: "2015*" → "2015", "2019年末" → "2019", "北 京" → "北京". */
export function cleanRowLabel(raw: string): string {
  return chinesePart(raw).replace(/[*#]+/g, '').replace(/\s+/g, '').replace(/年[末底]?$/, '');
}

/** The column names of a long table, one figure per row: which column holds what. */
const LONG_COLUMNS = {
  cadre: ['指标', '指标名称', '人员类别', '类别', '项目', 'indicator', 'cadre'],
  year: ['年份', '年度', '年', 'year'],
  value: ['数值', '数据', '值', '人数', 'value'],
  area: ['城乡', '城乡分类', 'area'],
  region: [...REGION_HEADINGS],
  unit: ['单位', '计量单位', 'unit'],
} as const;
const PER_POPULATION_UNIT = /[千万]人口|\/\s*[千万]人|per\s*1[0,]*000|‰/i;
type LongColumns = Partial<Record<keyof typeof LONG_COLUMNS, number>>;

/** A long table's columns, when its header names a cadre, a year and a value column; else null. */
function longColumns(header: string[]): LongColumns | null {
  const at: LongColumns = {};
  header.forEach((raw, i) => {
    const key = labelKey(chinesePart(raw));
    for (const [name, words] of Object.entries(LONG_COLUMNS) as [keyof typeof LONG_COLUMNS, readonly string[]][]) {
      if (at[name] === undefined && words.includes(key)) at[name] = i;
    }
  });
  return at.cadre !== undefined && at.year !== undefined && at.value !== undefined ? at : null;
}

function parseLong(file: string, rows: CsvRecord[], header: CsvRecord, at: LongColumns, sidecar: Sidecar, titleLines: number): LayoutResult & { figures: RawFigure[] } {
  const figures: RawFigure[] = [];
  let noteLines = titleLines;
  const name = (i: number) => header.cells[i]!.trim();
  const cell = (rec: CsvRecord, i: number | undefined) => (i === undefined ? undefined : { text: rec.cells[i] ?? '', column: name(i) });
  let inNotes = false;
  for (const rec of rows) {
    const filled = rec.cells.filter((c) => c.trim()).length;
    if (filled === 0) continue;
    if (inNotes || NOTE_START.test(normaliseText(rec.cells[0] ?? '')) || filled === 1) { inNotes = true; noteLines++; continue; }
    const unit = cell(rec, at.unit);
    const area = cell(rec, at.area);
    figures.push({
      raw_file: file, raw_row: rec.line,
      cadre: cell(rec, at.cadre)!,
      // a row's own unit says what it measures: staff per population, or a headcount
      measure: unit?.text.trim() ? (PER_POPULATION_UNIT.test(unit.text) ? 'density' : 'headcount') : sidecar.measure,
      area: area?.text.trim() ? area : { text: '合计', column: '(no area column)' },
      geo: cell(rec, at.region),
      year: cell(rec, at.year)!,
      value: cell(rec, at.value)!,
      unit: unit?.text.trim() ? unit : { text: sidecar.unit ?? '', column: '(sidecar unit)' },
      source: { entry: sidecar },
      locator: `${sidecar.locator ?? ''}${sidecar.locator ? '; ' : ''}row ${rec.line}`,
      note: '',
    });
  }
  return { layout: 'yearbook:long', figures, rejections: [], rejectedFigures: 0, noteLines };
}

export function parseYearbook(file: string, records: CsvRecord[], sidecar: Sidecar): LayoutResult & { figures: RawFigure[] } {
  const rejections: Rejection[] = [];
  let rejectedFigures = 0, noteLines = 0;
  const fileReject = (rec: CsvRecord | undefined, column: string, value: string, reason: string, suggestion: string | null = null): LayoutResult & { figures: RawFigure[] } => ({
    layout: 'yearbook', figures: [], rejections: [...rejections, { raw_file: file, raw_row: rec?.line ?? 1, column, value, reason, suggestion }],
    rejectedFigures: rejectedFigures + 1, noteLines,
  });
  if (!sidecar.measure) return fileReject(undefined, '(sidecar)', `${file}.source.json`, 'the sidecar must say which measure the table holds ("measure": "density" or "headcount")');

  // header: the first row whose first cell is a row heading (年份 / 地区 …), or blank with several labels after it
  const nonEmpty = (r: CsvRecord) => r.cells.filter((c) => c.trim()).length;
  const hIdx = records.findIndex((r) => {
    const first = labelKey(chinesePart(r.cells[0] ?? ''));
    return (YEAR_HEADINGS.has(first) || REGION_HEADINGS.has(first) || (first === '' && nonEmpty(r) >= 2)) && nonEmpty(r) >= 2;
  });
  if (hIdx < 0) return fileReject(records[0], '(header)', records[0].cells.join(' '), 'no header row found: expected a first cell such as 年份 or 地区 followed by cadre names');
  noteLines += hIdx; // title lines above the header
  const head1 = records[hIdx];
  const long = longColumns(head1.cells);
  if (long) return parseLong(file, records.slice(hIdx + 1), head1, long, sidecar, noteLines);
  const heading = labelKey(chinesePart(head1.cells[0] ?? ''));
  const byRegion = REGION_HEADINGS.has(heading);
  if (byRegion && !sidecar.year) return fileReject(head1, '(sidecar)', `${file}.source.json`, NEEDS_YEAR);

  // years across the header (指标, 2018年, 2019年 …): one cadre (or area) per row
  const yearCells = head1.cells.slice(1).filter((c) => c.trim());
  const across = !byRegion && yearCells.length > 0 && yearCells.every((c) => /^\d{4}$/.test(cleanRowLabel(c)));
  // second header row of areas under merged cadre cells?
  const next = records[hIdx + 1];
  const hasAreaRow = !across && !!next && next.cells.slice(1).some((c) => isAreaLabel(c)) && !labelKey(next.cells[0] ?? '').match(/^\d{4}/);
  const width = Math.max(head1.cells.length, hasAreaRow ? next.cells.length : 0);
  const columns: { cadre: string; area: string; unit: string | null }[] = [];
  let carry = { label: '', unit: null as string | null };
  for (let i = 1; i < width; i++) {
    const top = head1.cells[i]?.trim() ?? '';
    if (top) carry = splitHeader(top);
    const sub = hasAreaRow ? next.cells[i]?.trim() ?? '' : '';
    const topIsArea = !hasAreaRow && isAreaLabel(top);
    columns[i] = topIsArea
      ? { cadre: sidecar.cadre ?? '', area: chinesePart(top), unit: null }
      : { cadre: carry.label, area: (sub && chinesePart(sub)) || '合计', unit: carry.unit };
  }
  const firstData = hIdx + (hasAreaRow ? 2 : 1);
  const figures: RawFigure[] = [];
  const rejectRow = (rec: CsvRecord, column: string, value: string, reason: string, suggestion: string | null) => {
    rejections.push({ raw_file: file, raw_row: rec.line, column, value, reason, suggestion });
    rejectedFigures += rec.cells.slice(1).filter((c) => parsePublishedNumber(c).kind !== 'missing').length;
  };
  const headerless = (rec: CsvRecord, i: number, text: string) => {
    if (!text.trim()) return;
    rejections.push({ raw_file: file, raw_row: rec.line, column: `column ${i + 1}`, value: text, reason: 'value in a column without a header', suggestion: null });
    rejectedFigures++;
  };
  const totals: CsvRecord[] = [];
  const regions = new Set<string>();
  let inNotes = false;
  let rowCadre = { label: '', unit: null as string | null }; // years across: the cadre an area row (城市, 农村) belongs to
  for (const rec of records.slice(firstData)) {
    const label = rec.cells[0]?.trim() ?? '';
    const filled = nonEmpty(rec);
    if (filled === 0) continue;
    // trailing notes: a line starting 注/资料来源…, a lone long cell, or anything after the first note line
    if (inNotes || NOTE_START.test(normaliseText(label)) || (filled === 1 && label.length > 12)) { inNotes = true; noteLines++; continue; }
    if (across) {
      if (!isAreaLabel(label)) rowCadre = splitHeader(label);
      const row = isAreaLabel(label) ? { cadre: rowCadre.label || (sidecar.cadre ?? ''), area: chinesePart(label), unit: rowCadre.unit } : { cadre: rowCadre.label, area: '合计', unit: rowCadre.unit };
      for (let i = 1; i < rec.cells.length; i++) {
        const text = rec.cells[i] ?? '';
        const year = head1.cells[i]?.trim() ?? '';
        if (!year) { headerless(rec, i, text); continue; }
        const column = `${row.cadre}/${row.area}`;
        figures.push({
          raw_file: file, raw_row: rec.line, cellIndex: i,
          cadre: { text: row.cadre, column: head1.cells[0] || '(first column)' },
          measure: sidecar.measure,
          area: { text: row.area, column: head1.cells[0] || '(first column)' },
          year: { text: year, column: year },
          value: { text, column: year },
          unit: { text: row.unit ?? sidecar.unit ?? '', column: row.unit ? head1.cells[0] || '(first column)' : '(sidecar unit)' },
          source: { entry: sidecar },
          locator: `${sidecar.locator ?? ''}${sidecar.locator ? '; ' : ''}row ${normaliseText(label)}, column ${normaliseText(year)} (${column})`,
          note: '',
        });
      }
      continue;
    }
    const cleaned = cleanRowLabel(label);
    const yearOk = /^\d{4}$/.test(cleaned);
    if (!byRegion && !yearOk) {
      rejectRow(rec, head1.cells[0] || '(first column)', label, `row label "${label}" is not a year`, null);
      continue;
    }
    if (byRegion && TOTAL_ROWS.has(cleaned)) totals.push(rec);
    else if (byRegion) regions.add(cleaned);
    for (let i = 1; i < rec.cells.length; i++) {
      const col = columns[i];
      const text = rec.cells[i] ?? '';
      if (!col) { headerless(rec, i, text); continue; }
      const column = `${col.cadre}/${col.area}`;
      figures.push({
        raw_file: file, raw_row: rec.line, cellIndex: i,
        cadre: { text: col.cadre, column },
        measure: sidecar.measure,
        area: { text: col.area, column },
        geo: byRegion ? { text: chinesePart(label), column: head1.cells[0] } : undefined,
        year: byRegion ? { text: String(sidecar.year), column: '(sidecar year)' } : { text: label, column: head1.cells[0] || '(first column)' },
        value: { text, column },
        unit: { text: col.unit ?? sidecar.unit ?? '', column: col.unit ? column : '(sidecar unit)' },
        source: { entry: sidecar },
        locator: `${sidecar.locator ?? ''}${sidecar.locator ? '; ' : ''}row ${normaliseText(label)}, column ${column}`,
        note: '',
      });
    }
  }
  // a 合计 row beside only some provinces (or a province's cities) totals those rows, not the country
  if (totals.length && regions.size < PROVINCES) {
    for (const rec of totals) {
      rejectRow(rec, head1.cells[0]!, rec.cells[0]!.trim(), `a total of the ${regions.size} rows listed, not the national figure (a table of all ${PROVINCES} provinces has one)`,
        'label the row 全国 if it is the national figure');
    }
    const left = new Set(totals.map((r) => r.line));
    return { layout: 'yearbook:by-region', figures: figures.filter((f) => !left.has(f.raw_row)), rejections, rejectedFigures, noteLines };
  }
  return { layout: byRegion ? 'yearbook:by-region' : across ? 'yearbook:years-across' : 'yearbook:by-year', figures, rejections, rejectedFigures, noteLines };
}
