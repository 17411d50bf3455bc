/**
 * The words a print uses to qualify a figure (约, 近, 超过, 以上, 余; about, nearly, more than …) and what each
 * means: one lexicon for reading published tables at build time (scripts/pipeline/numbers.ts) and for putting the
 * report reader's figures into English words on the page.
 */
import type { Qualifier } from '../contract/schema.ts';

/** Words and signs before a number; order matters (longer phrases first). null: not a qualifier. */
export const QUALIFIER_PREFIXES: readonly [RegExp, Qualifier | null][] = [
  [/^(more than|over|greater than)\s*/i, 'more_than'],
  [/^(at least)\s*/i, 'at_least'],
  [/^(less than|fewer than|under)\s*/i, 'less_than'],
  [/^(up to)\s*/i, 'up_to'],
  [/^(nearly|almost|close to)\s*/i, 'nearly'],
  [/^(approximately|about|around|some|roughly)\s*/i, 'about'],
  [/^(超过|超過|超|逾|多于|大于|>)/, 'more_than'],
  [/^(不少于|不低于|至少|≥|>=)/, 'at_least'],
  [/^(不足|不到|少于|小于|<)/, 'less_than'],
  [/^(不超过|至多|≤|<=)/, 'up_to'],
  [/^(接近|将近|近)/, 'nearly'],
  [/^(约为|大约|约)/, 'about'],
];

/** Words and signs after a number. */
export const QUALIFIER_SUFFIXES: readonly [RegExp, Qualifier | null][] = [
  [/(以上)$/, 'at_least'],
  [/(之多)$/, null], // "as many as": the number itself, no bound
  [/(多|余|\+)$/, 'more_than'],
  [/(以下)$/, 'up_to'],
  [/(左右)$/, 'about'],
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
