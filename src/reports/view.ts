/**
 * The text the reader matches against: the printed text with line endings unified, full-width digits and
 * punctuation folded to ASCII, traditional characters simplified, and hard line wraps joined (a sentence or a number
 * broken across lines reads as one). `origin` maps every character of the view back to its offset in the printed
 * text, so figures are always reported at their printed place.
 */
import { simplifiedChar } from './traditional.ts';

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
const SPACE = /[ \t\u00a0\u2002-\u200b\u3000]/;
const ASCII_WORD = /[0-9A-Za-z]/;

/** Folds one character: full-width forms to ASCII, dashes and colons to one form each, traditional to simplified. */
function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  switch (c) {
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212': case '\ufe63':
      return '-';
    case '\ufe30': case '\ufe55': case '\u2236': return ':';
    case '\u301c': return '~';
    case '\u25cb': case '\u3007': return '〇';
    case '\u00b7': case '\u30fb': return '·';
    default: return simplifiedChar(c);
  }
}

/** Is the break between two lines a hard wrap inside a paragraph? */
function isWrap(prev: string, next: string): boolean {
  const p = prev.trim();
  if (!p || !next.trim()) return false;
  if (/^[ \t\u3000]{2,}/.test(next) || /^\u3000/.test(next)) return false; // an indented line starts a paragraph
  const n = next.trim();
  if (ITEM_START.test(n) && !(/\d$/.test(p) && /^\d+[^、.．)）\d]/.test(n))) return false;
  // a number broken across lines (…10⏎32人) joins whatever the line length
  if (/[0-9０-９]$/.test(p) && /^[0-9０-９]/.test(n)) return true;
  return p.length >= 20 && !TERMINAL.test(p);
}

export function buildView(text: string): TextView {
  const out: string[] = [];
  const origin: number[] = [];
  const lines: { start: number; end: number }[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r') {
      lines.push({ start: s, end: i });
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      s = i + 1;
    }
  }
  const emit = (c: string, at: number) => { out.push(c); origin.push(at); };
  for (let k = 0; k < lines.length; k++) {
    const { start, end } = lines[k]!;
    for (let i = start; i < end; i++) {
      const c = text[i]!;
      if (SPACE.test(c)) {
        // keep one space only between two ASCII words or numbers ("2022-05-26 09:20"), never inside Chinese text
        let j = i + 1;
        while (j < end && SPACE.test(text[j]!)) j++;
        const before = out[out.length - 1];
        if (before && j < end && ASCII_WORD.test(before) && ASCII_WORD.test(fold(text[j]!))) emit(' ', i);
        i = j - 1;
        continue;
      }
      emit(fold(c), i);
    }
    if (k < lines.length - 1) {
      const next = lines[k + 1]!;
      if (!isWrap(text.slice(start, end), text.slice(next.start, next.end))) emit('\n', end);
    }
  }
  origin.push(text.length);
  return { text, norm: out.join(''), origin: Int32Array.from(origin) };
}

/** Printed offsets of a span of the view: [start, end) in the text. */
export function printedSpan(view: TextView, start: number, end: number): { start: number; end: number } {
  return { start: view.origin[start]!, end: end > start ? view.origin[end - 1]! + 1 : view.origin[start]! };
}
