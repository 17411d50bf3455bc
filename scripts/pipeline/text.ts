/** Text normalisation shared by every matcher, so that a label matches however it was typed or printed. */

const CIRCLED = /[\u2460-\u2473\u24ea\u2776-\u277f]/g; // ①…⑳ footnote markers; NFKC would turn them into digits

/** NFKC (full-width → ASCII, compatibility forms), drop circled footnote digits, unify dashes and quotes, trim. */
export function normaliseText(s: string): string {
  return s
    .replace(CIRCLED, '')
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\u00a0\u2002-\u200b\u3000]/g, ' ')
    .trim();
}

/** Key used for vocabulary lookup: normalised, all whitespace removed, lower-cased ("Inner  Mongolia" = "innermongolia", "西 藏" = "西藏"). */
const keys = new Map<string, string>();

export function labelKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    // labels repeat row after row: each distinct one is normalised once (the memory is bounded)
    if (keys.size >= 100_000) keys.clear();
    keys.set(s, (key = normaliseText(s).replace(/\s+/g, '').toLowerCase()));
  }
  return key;
}
