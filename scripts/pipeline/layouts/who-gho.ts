/**
 * WHO Global Health Observatory CSV export, standard column layout (IndicatorCode, Indicator, ValueType,
 * ParentLocationCode, ParentLocation, Location type, SpatialDimValueCode, Location, Period type, Period, …,
 * FactValueNumeric, …, Value, Language, DateModified). Accepts any HWF_ (health workforce) indicator.
 * The export carries no citation per row, so the file needs a sidecar <file>.source.json (without one the build stops).
 */
import type { CsvRecord } from '../csv.ts';
import type { LayoutResult, RawFigure } from '../types.ts';
import type { Sidecar } from '../sources.ts';

const REQUIRED = ['IndicatorCode', 'Indicator', 'SpatialDimValueCode', 'Location', 'Period', 'FactValueNumeric'];

export function detectWhoGho(header: string[]): boolean {
  const h = new Set(header.map((x) => x.trim()));
  return REQUIRED.every((c) => h.has(c));
}

/** The published unit, read from the indicator name ("… (per 10,000)", "… (number)"). */
export function whoUnitFromIndicator(name: string): string {
  if (/per\s*10[\s,]?000/i.test(name)) return 'per 10 000 population';
  if (/\(number\)|\bnumber\b/i.test(name)) return 'persons';
  return '';
}

/** `rows`: the records after the header, read one at a time. */
export function parseWhoGho(file: string, headerCells: string[], rows: Iterable<CsvRecord>, sidecar: Sidecar): LayoutResult {
  const result: LayoutResult = { layout: 'who-gho-export', figures: [], rejections: [], rejectedFigures: 0, noteLines: 0 };
  result.figures = ghoRows(file, headerCells, rows, sidecar, result);
  return result;
}

function* ghoRows(file: string, headerCells: string[], rows: Iterable<CsvRecord>, sidecar: Sidecar, result: LayoutResult): Generator<RawFigure> {
  const header = headerCells.map((x) => x.trim());
  const columns = new Map<string, number>();
  header.forEach((h, i) => { if (!columns.has(h)) columns.set(h, i); });
  const get = (cells: string[], name: string) => { const i = columns.get(name); return i === undefined ? '' : cells[i] ?? ''; };
  for (const rec of rows) {
    const c = rec.cells;
    const reject = (column: string, value: string, reason: string, suggestion: string | null = null) => {
      result.rejections.push({ raw_file: file, raw_row: rec.line, column, value, reason, suggestion });
      result.rejectedFigures++;
    };
    const code = get(c, 'IndicatorCode').trim();
    if (!/^HWF_/i.test(code)) { reject('IndicatorCode', code, 'not a health workforce (HWF_) indicator'); continue; }
    const locType = get(c, 'Location type').trim();
    if (locType && !/^country$/i.test(locType)) { reject('Location type', locType, 'only country rows are imported (regional and world aggregates are not)'); continue; }
    const dim1 = get(c, 'Dim1ValueCode').trim();
    if (dim1 && !/^(SEX_BTSX|BTSX)$/i.test(dim1)) { reject('Dim1ValueCode', dim1, 'disaggregated rows (e.g. by sex) are not imported; only totals'); continue; }
    const name = get(c, 'Indicator');
    const numeric = get(c, 'FactValueNumeric');
    yield {
      raw_file: file, raw_row: rec.line,
      indicator: { text: code, column: 'IndicatorCode' },
      indicatorName: name,
      geoCode: { code: get(c, 'SpatialDimValueCode').trim(), level: 'country', nameEn: get(c, 'Location'), column: 'SpatialDimValueCode' },
      year: { text: get(c, 'Period'), column: 'Period' },
      value: numeric.trim() ? { text: numeric, column: 'FactValueNumeric' } : { text: get(c, 'Value'), column: 'Value' },
      unit: { text: whoUnitFromIndicator(name), column: 'Indicator' },
      source: { entry: sidecar },
      locator: `${code}; ${get(c, 'Location')}; ${get(c, 'Period')}`,
      note: get(c, 'DateModified') ? `WHO DateModified ${get(c, 'DateModified')}` : '',
    };
  }
}
