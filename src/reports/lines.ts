/** The printed lines of a text, as [start, end) offsets without their line break (LF, CR or CRLF). */
export function printedLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      lines.push({ start: s, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  return lines;
}
