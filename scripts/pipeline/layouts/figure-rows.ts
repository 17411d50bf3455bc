/**
 * The project's row-per-figure layouts (data/raw/*.csv from the shared sources): one published figure per row,
 * with its citation (source_title, source_url, locator, note). Several column sets exist; each maps its columns
 * onto the same RawFigure fields.
 */
import type { CsvRecord } from '../csv.ts';
import type { Cell, LayoutResult, RawFigure } from '../types.ts';

const REQUIRED = ['year', 'value', 'unit', 'source_title', 'source_url'];

/** Some files record the source's own definition of the figure in a `definition` column; it travels with the note. */
function noteWithDefinition(note: string, definition: string): string {
  return [note.trim(), definition.trim() ? `definition: ${definition.trim()}` : ''].filter(Boolean).join('; ');
}

/** Which of the project layouts a header is, or null. */
export function detectFigureRows(header: string[]): string | null {
  const h = new Set(header.map((x) => x.trim()));
  if (!REQUIRED.every((c) => h.has(c))) return null;
  if (h.has('indicator_code') && h.has('iso3')) return 'figure-rows:who';
  if (h.has('programme_zh') && h.has('measure_zh')) return 'figure-rows:training';
  if (h.has('population_zh') && h.has('category_zh')) return 'figure-rows:composition';
  if (h.has('indicator_zh')) return 'figure-rows:indicator';
  return null;
}

/** `rows`: the records after the header, read one at a time. */
export function parseFigureRows(file: string, headerCells: string[], rows: Iterable<CsvRecord>, layout: string): LayoutResult {
  return { layout, figures: figureRows(file, headerCells, rows, layout), rejections: [], rejectedFigures: 0, noteLines: 0 };
}

function* figureRows(file: string, headerCells: string[], rows: Iterable<CsvRecord>, layout: string): Generator<RawFigure> {
  const header = headerCells.map((x) => x.trim());
  const columns = new Map<string, number>();
  header.forEach((h, i) => { if (!columns.has(h)) columns.set(h, i); });
  const col = (name: string) => columns.get(name) ?? -1;
  for (const rec of rows) {
    const cell = (name: string): Cell | undefined => {
      const i = col(name);
      return i < 0 ? undefined : { text: rec.cells[i] ?? '', column: name };
    };
    const must = (name: string): Cell => cell(name)!;
    const fig: RawFigure = {
      raw_file: file,
      raw_row: rec.line,
      year: must('year'),
      value: must('value'),
      unit: must('unit'),
      source: { title: must('source_title'), url: must('source_url') },
      locator: cell('locator')?.text ?? '',
      note: noteWithDefinition(cell('note')?.text ?? '', cell('definition')?.text ?? ''),
      area: cell('area'),
    };
    if (layout === 'figure-rows:who') {
      fig.indicator = must('indicator_code');
      fig.geoCode = { code: must('iso3').text.trim(), level: 'country', nameEn: cell('country_en')?.text ?? '', column: 'iso3' };
      fig.indicatorName = cell('indicator_en')?.text;
      fig.area = undefined;
      fig.locator = `${fig.indicator.text}; ${cell('country_en')?.text ?? ''}; ${fig.year.text}`;
      const modified = cell('date_modified')?.text;
      if (modified) fig.note = `WHO date modified ${modified}`;
    } else if (layout === 'figure-rows:training') {
      // the measure is only unambiguous together with its programme ("目标" belongs to many)
      fig.indicator = { text: `${must('programme_zh').text}|${must('measure_zh').text}`, column: 'programme_zh|measure_zh' };
    } else {
      fig.indicator = must('indicator_zh');
      if (layout === 'figure-rows:composition') {
        fig.cadre = must('population_zh');
        fig.breakdown = must('breakdown_zh');
        fig.category = must('category_zh');
      }
    }
    const geo = cell('province_zh') ?? cell('province_en');
    if (geo) fig.geo = geo.text.trim() ? geo : cell('province_en') ?? geo;
    yield fig;
  }
}
