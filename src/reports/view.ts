/**
 * The text the reader matches against: the printed text with line endings unified, full-width digits and
 * punctuation folded to ASCII, traditional characters simplified, and hard line wraps joined (a sentence or a number
 * broken across lines reads as one). `origin` maps every character of the view back to its offset in the printed
 * text, so figures are always reported at their printed place.
 */
import { simplifiedCode } from './traditional.ts';
import { isTableRow } from './tables.ts';
import { printedLines } from './lines.ts';

export interface TextView {
  /** The printed text (as decoded). */
  text: string;
  /** The normalised text the matchers read. */
  norm: string;
  /** norm index → text index; one extra entry at the end (text.length). */
  origin: Int32Array;
}

const TERMINAL = /[。！？；：!?;:」』”’）)】…]$/;
/** A line that starts a heading or an item of a list, never the continuation of the line before. */
const ITEM_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．)）]|第[一二三四五六七八九十百\d]+[篇章节条部分]|附件|[■●◆▲★☆○•·\-*])/;

/** Folds one character code: full-width forms to ASCII, dashes and colons to one form each, traditional to simplified. */
function fold(c: number): number {
  if (c < 0x80) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return 0x2d; // dashes → -
  if (c === 0xfe30 || c === 0xfe55 || c === 0x2236) return 0x3a; // ︰ ﹕ ∶ → :
  if (c === 0x301c) return 0x7e; // 〜 → ~
  if (c === 0x25cb) return 0x3007; // ○ → 〇 (a zero in Chinese years)
  if (c === 0x30fb) return 0xb7;
  return simplifiedCode(c);
}

/** Is the break between two lines a hard wrap inside a paragraph? */
function isWrap(prev: string, next: string): boolean {
  const p = prev.trim();
  if (!p || !next.trim()) return false;
  if (isTableRow(prev) || isTableRow(next)) return false; // rows of a table are lines of their own
  if (/^[ \t\u3000]{2,}/.test(next) || /^\u3000/.test(next)) return false; // an indented line starts a paragraph
  const n = next.trim();
  if (ITEM_START.test(n) && !(/\d$/.test(p) && /^\d+[^、.．)）\d]/.test(n))) return false;
  // a number broken across lines (…10⏎32人) joins whatever the line length
  if (/[0-9０-９]$/.test(p) && /^[0-9０-９]/.test(n)) return true;
  return p.length >= 20 && !TERMINAL.test(p);
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2002 && c <= 0x200b);
const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export function buildView(text: string): TextView {
  // typed arrays and char codes: a long report is read in a few milliseconds without churning the garbage collector
  const codes = new Uint16Array(text.length + 1);
  const origin = new Int32Array(text.length + 2);
  let n = 0;
  const lines = printedLines(text);
  for (let k = 0; k < lines.length; k++) {
    const { start, end } = lines[k]!;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        // keep one space only between two ASCII words or numbers ("2022-05-26 09:20"), never inside Chinese text
        let j = i + 1;
        while (j < end && isSpace(text.charCodeAt(j))) j++;
        if (n > 0 && j < end && isAsciiWord(codes[n - 1]!) && isAsciiWord(fold(text.charCodeAt(j)))) { codes[n] = 0x20; origin[n++] = i; }
        i = j - 1;
        continue;
      }
      codes[n] = fold(c);
      origin[n++] = i;
    }
    if (k < lines.length - 1) {
      const next = lines[k + 1]!;
      if (!isWrap(text.slice(start, end), text.slice(next.start, next.end))) { codes[n] = 10; origin[n++] = end; }
    }
  }
  origin[n] = text.length;
  let norm = '';
  for (let i = 0; i < n; i += 8192) norm += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
  return { text, norm, origin: origin.slice(0, n + 1) };
}

/** Printed offsets of a span of the view: [start, end) in the text. */
export function printedSpan(view: TextView, start: number, end: number): { start: number; end: number } {
  return { start: view.origin[start]!, end: end > start ? view.origin[end - 1]! + 1 : view.origin[start]! };
}
