/** Nearest-label suggestions for unknown labels (Levenshtein distance over normalised keys). */
import { labelKey } from './text.ts';

export function editDistance(a: string, b: string): number {
  const ca = [...a], cb = [...b];
  let prev = Array.from({ length: cb.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ca.length; i++) {
    const cur = [i];
    for (let j = 1; j <= cb.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca[i - 1] === cb[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[cb.length];
}

/** Up to `limit` known labels closest to `input`, nearest first (ties: alphabetical, for stable messages). */
export function nearest(input: string, known: Iterable<string>, limit = 3): string[] {
  const key = labelKey(input);
  const scored = [...new Set(known)].map((label) => ({ label, d: editDistance(key, labelKey(label)) }));
  scored.sort((x, y) => x.d - y.d || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.label);
}
