/**
 * CSV download of exactly the rows a chart draws, safe to open in spreadsheet software:
 * UTF-8 with BOM (Excel then reads Chinese correctly), RFC 4180 quoting, CRLF line ends, and text cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe. Numbers in numeric
 * columns are written as numbers, so real negative values stay negative numbers.
 */
import type { TableColumn } from '../contract/rows.ts';
import { t } from '../i18n/index.ts';
import { BOM, csvCell } from '../lib/csv-cell.ts';
import { qualifierWords } from '../lib/qualified-number.ts';
import { copyName, copyKind, originalCitation } from '../lib/source-text.ts';
import { type ChartSnapshot, cellValue, rowUnit, sourcesOfRow } from './snapshot.ts';

export { csvCell, neutraliseCell } from '../lib/csv-cell.ts';

const NUMERIC_FORMATS = new Set<TableColumn['format']>(['year', 'number', 'percent']);

export function toCsvRecords(records: unknown[][], numericColumns: boolean[]): string {
  const lines = records.map((record, i) =>
    record.map((v, j) => (i === 0 ? csvCell(v, false) : csvCell(v, numericColumns[j] ?? false))).join(','),
  );
  return BOM + lines.join('\r\n') + '\r\n';
}


/**
 * The chart's CSV: its table columns (numbers stay numbers), then unit (unless the table has one), the qualifier
 * printed with the value ("more than", empty when exact), the original publication (publisher, title, date,
 * section), the copy it was read from with its kind, and the copy's address. No internal source ids.
 */
export function chartCsv(s: ChartSnapshot): string {
  const hasUnit = s.columns.some((c) => c.key === 'unit');
  const extra = (['share.csvUnit', 'share.csvQualifier', 'share.csvSource', 'share.csvReadFrom', 'share.csvSourceUrl'] as const)
    .slice(hasUnit ? 1 : 0).map((k) => t(k, s.lang));
  const header = [...s.columns.map((c) => c.label[s.lang]), ...extra];
  const numeric = [...s.columns.map((c) => NUMERIC_FORMATS.has(c.format)), ...extra.map(() => false)];
  const body = s.rows.map((row) => {
    const sources = sourcesOfRow(row, s.sources);
    return [
      ...s.columns.map((c) => {
        const v = cellValue(row, c, s.lang);
        return typeof v === 'boolean' ? t(v ? 'frame.yes' : 'frame.no', s.lang) : v;
      }),
      ...(hasUnit ? [] : [rowUnit(row, s.lang)]),
      qualifierWords(row, s.lang),
      [...new Set(sources.map((src) => originalCitation(src, s.lang)))].join('; '),
      sources.map((src) => `${copyName(src, s.lang)}, ${copyKind(src, s.lang)}`).join('; '),
      sources.map((src) => src.url ?? '').filter(Boolean).join('; '),
    ];
  });
  return toCsvRecords([header, ...body], numeric);
}
