/**
 * CSV/TSV parsing that keeps each record's 1-based starting line number (header line = 1), for error messages.
 * Records are produced one at a time, so a large file is never held as an array of rows; the reader also says how
 * the text ended (inside a quoted cell, without a final line break), which is how a truncated file is recognised.
 */

export interface CsvRecord { line: number; cells: string[] }

/** How the text ended, known once every record has been read. */
export interface CsvEnd { insideQuotes: boolean; finalLineBreak: boolean }

/**
 * The delimiter the opening lines hold most of: commas, tabs (yearbook exports are often TSV) or semicolons (a
 * spreadsheet saved as CSV where the decimal mark is a comma); commas when there is a tie.
 */
function guessDelimiter(text: string): string {
  const head = text.slice(0, 64 * 1024).split('\n', 5).join('\n');
  const count = (d: string) => head.split(d).length - 1;
  return ['\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * RFC 4180 records: quoted cells may hold delimiters, doubled quotes and line breaks; CR LF and lone CR are read as
 * line breaks. A line holding nothing is skipped (its line number still counts). `end` is filled in when the last record
 * has been produced. The text may come in pieces (a large file read a few megabytes at a time, so that its whole text
 * is never held): a record that runs past the end of one piece is read again with the next.
 */
export function* csvRecords(raw: string | Iterable<string>, end: Partial<CsvEnd> = {}): Generator<CsvRecord> {
  const pieces = (typeof raw === 'string' ? [raw] : raw)[Symbol.iterator]();
  let delimiter = '';
  let line = 1;
  // the unfinished record at the end of the previous piece, and a CR held back in case an LF starts the next piece
  let carry = '', heldCr = '';
  end.insideQuotes = false;
  end.finalLineBreak = false;
  let piece = pieces.next();
  while (!piece.done) {
    const following = pieces.next();
    const last = following.done === true;
    let rawPiece = heldCr + piece.value;
    heldCr = '';
    if (!last && rawPiece.endsWith('\r')) { heldCr = '\r'; rawPiece = rawPiece.slice(0, -1); }
    piece = following;
    const normalised = rawPiece.includes('\r') ? rawPiece.replace(/\r\n?/g, '\n') : rawPiece;
    if (normalised) end.finalLineBreak = normalised.endsWith('\n');
    const text = carry + normalised;
    carry = '';
    if (!delimiter) {
      // guessed from the opening lines of the whole text: wait for them
      if (!last && text.length < 64 * 1024 && text.split('\n', 6).length < 6) { carry = text; continue; }
      delimiter = guessDelimiter(text);
    }
    const n = text.length;
    let i = 0;
    // positions of the next line break and delimiter at or after i, found once and reused until passed
    let lineEnd = -1, nextDelimiter = -1;
    records: while (i < n) {
      const recordStart = i, startLine = line;
      const cells: string[] = [];
      let cell = '';
      let atRecordEnd = false;
      while (!atRecordEnd) {
        if (text.charCodeAt(i) === 34 /* " */) {
          // quoted cell: up to the closing quote, "" standing for one quote
          i++;
          let closed = false;
          while (i < n) {
            const q = text.indexOf('"', i);
            if (q < 0) { cell += text.slice(i); i = n; break; }
            cell += text.slice(i, q);
            if (q + 1 === n && !last) break; // a doubled quote may go on in the next piece
            if (text.charCodeAt(q + 1) === 34) { cell += '"'; i = q + 2; continue; }
            i = q + 1; closed = true; break;
          }
          if (!closed && !last) { carry = text.slice(recordStart); line = startLine; break records; }
          if (!closed) end.insideQuotes = true;
          for (let k = cell.indexOf('\n'); k >= 0; k = cell.indexOf('\n', k + 1)) line++;
        }
        // unquoted part (or whatever follows a closing quote) up to the delimiter or the end of the line
        if (lineEnd < i) { lineEnd = text.indexOf('\n', i); if (lineEnd < 0) lineEnd = n; }
        if (nextDelimiter < i) { nextDelimiter = text.indexOf(delimiter, i); if (nextDelimiter < 0) nextDelimiter = n; }
        const j = Math.min(lineEnd, nextDelimiter);
        if (j >= n && !last) { carry = text.slice(recordStart); line = startLine; break records; }
        cell += text.slice(i, j);
        cells.push(cell);
        cell = '';
        if (j >= n) { i = n; atRecordEnd = true; }
        else if (text[j] === delimiter) i = j + 1;
        else {
          i = j + 1;
          line++;
          atRecordEnd = true;
        }
      }
      if (!(cells.length === 1 && cells[0] === '')) yield { line: startLine, cells };
    }
  }
}

export function parseCsv(text: string): CsvRecord[] {
  return [...csvRecords(text)];
}
