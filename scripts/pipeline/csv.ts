/** CSV/TSV parsing that keeps each record's 1-based starting line number (header line = 1), for error messages. */
import Papa from 'papaparse';

export interface CsvRecord { line: number; cells: string[] }

/** Tab-separated when the opening lines have more tabs than commas (yearbook exports are often TSV). */
function guessDelimiter(text: string): string {
  const head = text.split('\n', 5).join('\n');
  return (head.match(/\t/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

export function parseCsv(raw: string): CsvRecord[] {
  const text = raw.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let consumed = 0; // characters of `text` already accounted for
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(text),
    step: (res) => {
      const end = res.meta.cursor;
      const chunk = text.slice(consumed, end);
      // a record starts after any blank lines papaparse skipped over
      const lead = chunk.match(/^(?:\r?\n)*/)?.[0] ?? '';
      const startLine = line + (lead.match(/\n/g)?.length ?? 0);
      const cells = res.data;
      if (!(cells.length === 1 && cells[0] === '')) records.push({ line: startLine, cells });
      line += chunk.match(/\n/g)?.length ?? 0;
      consumed = end;
    },
  });
  return records;
}
