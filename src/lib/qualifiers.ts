/**
 * The words a print uses to qualify a figure (约, 近, 超过, 以上, 余; about, nearly, more than …) and what each
 * means: one lexicon for reading published tables at build time (scripts/pipeline/numbers.ts), for the report reader
 * (src/reports/counters.ts, subjects.ts) and for putting the reader's figures into English words on the page.
 */
import type { Qualifier } from '../contract/schema.ts';
import { escapeRegExp } from './regexp.ts';

/**
 * Chinese words (simplified and traditional) and signs printed before a number, and what each means; null: no bound
 * (多达 "as many as").
 */
const BEFORE: Readonly<Record<string, Qualifier | null>> = {
  超过: 'more_than', 超過: 'more_than', 突破: 'more_than', 多于: 'more_than', 多於: 'more_than', 大于: 'more_than', 大於: 'more_than', 逾: 'more_than', 超: 'more_than', '>': 'more_than',
  不少于: 'at_least', 不少於: 'at_least', 不低于: 'at_least', 不低於: 'at_least', 至少: 'at_least', '≥': 'at_least', '>=': 'at_least',
  不足: 'less_than', 不到: 'less_than', 少于: 'less_than', 少於: 'less_than', 小于: 'less_than', 小於: 'less_than', '<': 'less_than',
  不超过: 'up_to', 不超過: 'up_to', 至多: 'up_to', '≤': 'up_to', '<=': 'up_to',
  将近: 'nearly', 將近: 'nearly', 接近: 'nearly', 近: 'nearly',
  约为: 'about', 約為: 'about', 大约: 'about', 大約: 'about', 约: 'about', 約: 'about',
  多达: null, 多達: null, 高达: null, 高達: null,
};

/** Chinese words printed after a number or its measure word (200名以上, 5人左右). */
const AFTER: Readonly<Record<string, Qualifier | null>> = { 以上: 'at_least', 以下: 'up_to', 左右: 'about', 之多: null };

/**
 * The words before a number, longest first: where one word ends another (不超过, 超过, 超; 将近, 近), the longer one is
 * what was printed.
 */
export const PREFIX_WORDS: readonly string[] = Object.keys(BEFORE).sort((a, b) => b.length - a.length);

/** The words after a number and its measure word (余, 餘 and 多, glued to the number itself, are read with it). */
export const SUFFIX_WORDS: readonly string[] = Object.keys(AFTER);

/** Words and signs before a number, first match wins. null: not a bound. */
export const QUALIFIER_PREFIXES: readonly [RegExp, Qualifier | null][] = [
  [/^(more than|over|greater than)\s*/i, 'more_than'],
  [/^(at least)\s*/i, 'at_least'],
  [/^(less than|fewer than|under)\s*/i, 'less_than'],
  [/^(up to)\s*/i, 'up_to'],
  [/^(nearly|almost|close to)\s*/i, 'nearly'],
  [/^(approximately|about|around|some|roughly)\s*/i, 'about'],
  ...PREFIX_WORDS.map((w): [RegExp, Qualifier | null] => [new RegExp(`^${escapeRegExp(w)}`), BEFORE[w]!]),
];

/** Words and signs after a number. */
export const QUALIFIER_SUFFIXES: readonly [RegExp, Qualifier | null][] = [
  ...SUFFIX_WORDS.map((w): [RegExp, Qualifier | null] => [new RegExp(`${escapeRegExp(w)}$`), AFTER[w]!]),
  [/(多|余|餘|\+)$/, 'more_than'],
  [/\s+more$/i, null], // "500,000 more" = additional, not a bound
];

/**
 * What a qualifier printed beside a number means ("近" → nearly, "以上" → at_least, "余以上" → at_least), or null
 * when it is none of these (多达, 之多: "as many as", no bound).
 */
export function qualifierOf(printed: string): Qualifier | null {
  for (const [re, q] of [...QUALIFIER_PREFIXES, ...QUALIFIER_SUFFIXES]) if (re.test(printed)) return q;
  return null;
}

/** Whether a qualifier as printed stands before its number (近50, 不少于4次) rather than after it (50余, 200名以上). */
export const printedBefore = (printed: string): boolean => PREFIX_WORDS.some((w) => printed.startsWith(w));
