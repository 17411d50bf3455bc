/**
 * Sentences and clauses of the view: a sentence ends at 。！？ or a paragraph break; a clause also at ，；：.
 * Boundaries are found once per text and looked up by binary search, so reading stays linear in the text's length.
 */

const SENTENCE_END = new Set(['。', '!', '?', '\n']);
const CLAUSE_END = new Set(['。', '!', '?', '\n', ',', ';', ':']);
const OPEN = new Set(['(', '（', '“', '"', '《', '「', '『', '【', '[']);
const CLOSE = new Set([')', '）', '”', '"', '》', '」', '』', '】', ']']);

export interface Segments {
  /** Sorted positions of the characters that end sentences / clauses. */
  sentenceEnds: number[];
  clauseEnds: number[];
  length: number;
}

const code = (cs: string) => new Set([...cs].map((c) => c.charCodeAt(0)));
const SENTENCE_END_CODES = code([...SENTENCE_END].join(''));
const CLAUSE_END_CODES = code([...CLAUSE_END].join(''));
const OPEN_CODES = code([...OPEN].join(''));
const CLOSE_CODES = code([...CLOSE].join(''));

/** A comma between a digit and three more, as numbers.ts reads it (1,204人): part of the number. */
const thousands = (norm: string, i: number): boolean => /\d/.test(norm[i - 1] ?? '') && /^\d{3}(?!\d)/.test(norm.slice(i + 1, i + 5));

/** A colon between two numbers (医护比1:1.27): a ratio, part of the figure. */
const ratio = (norm: string, i: number): boolean => /\d/.test(norm[i - 1] ?? '') && /\d/.test(norm[i + 1] ?? '');

export function segment(norm: string): Segments {
  const sentenceEnds: number[] = [];
  const clauseEnds: number[] = [];
  let depth = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 10) depth = 0;
    else if (c === 34) depth = depth > 0 ? depth - 1 : depth + 1; // ASCII " opens and closes
    else if (OPEN_CODES.has(c)) depth++;
    else if (CLOSE_CODES.has(c) && depth > 0) depth--;
    if (SENTENCE_END_CODES.has(c) && (depth === 0 || c === 10)) sentenceEnds.push(i);
    // commas inside brackets (…（不含报名费和资料费）…), thousands separators (3,512人) and ratios (1:1.5) do not end a clause
    if (CLAUSE_END_CODES.has(c) && (depth === 0 || c === 10) && !(c === 44 && thousands(norm, i)) && !(c === 58 && ratio(norm, i))) clauseEnds.push(i);
  }
  return { sentenceEnds, clauseEnds, length: norm.length };
}

/** Index of the first boundary ≥ i. */
function lowerBound(xs: number[], i: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function around(ends: number[], length: number, i: number): { start: number; end: number } {
  const k = lowerBound(ends, i);
  const start = k > 0 ? ends[k - 1]! + 1 : 0;
  const end = k < ends.length ? ends[k]! : length;
  return { start, end };
}

/** The sentence containing view index i: [start, end), the end character excluded. */
export function sentenceAt(seg: Segments, i: number): { start: number; end: number } {
  return around(seg.sentenceEnds, seg.length, i);
}

export function clauseAt(seg: Segments, i: number): { start: number; end: number } {
  return around(seg.clauseEnds, seg.length, i);
}

/** The sentence after the one ending at `end` (for a composition whose parts run on), or null at the end of the text. */
export function nextSentence(seg: Segments, end: number): { start: number; end: number } | null {
  if (end >= seg.length) return null;
  return sentenceAt(seg, end + 1);
}

/** How deep in brackets view index `to` is, counting from `from` (the view folds full-width brackets to ASCII). */
export function bracketDepth(norm: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (norm[i] === '(') depth++;
    else if (norm[i] === ')' && depth > 0) depth--;
  }
  return depth;
}
