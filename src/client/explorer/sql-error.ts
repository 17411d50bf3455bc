/**
 * Where a DuckDB error points in the query. DuckDB ends a parser, binder or catalog error with the line it failed
 * on and a caret under the spot ("LINE 3:   nonesuch FROM …" / "          ^"); a long line is shown as a window
 * starting with "...", found again in the query text. Pure, so the same rule is tested in Node.
 */
export interface ErrorPosition {
  /** 1-based line and column, as a reader counts them. */
  line: number;
  column: number;
  /** 0-based offset in the query text (where the editor puts its cursor and mark). */
  offset: number;
}

export function errorPosition(message: string, sql: string): ErrorPosition | null {
  const m = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!m) return null;
  const line = Number(m[1]);
  const lines = sql.split('\n');
  const text = lines[line - 1];
  if (text === undefined) return null;
  let context = m[2]!;
  let caret = m[3]!.length - `LINE ${m[1]}: `.length;
  let start = 0;
  if (context.startsWith('...')) {
    context = context.slice(3).replace(/\.\.\.$/, '');
    caret -= 3;
    start = text.indexOf(context);
    if (start < 0) return null;
  }
  const column = Math.max(0, Math.min(start + caret, text.length));
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column;
  return { line, column: column + 1, offset };
}

/** The message without DuckDB's echo of the line and caret (the editor marks the spot instead). */
export function errorText(message: string): string {
  return message.replace(/\n*LINE \d+: .*\n *\^\s*$/, '').trim();
}
