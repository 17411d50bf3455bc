/**
 * Text split into runs, those in Chinese marked, so that English pages can give them lang="zh" (screen readers and
 * fonts) — a quoted cell as printed counts as one run, quotes and all.
 */
export interface TextRun { text: string; zh: boolean }

const HAN = /[\u3400-\u9fff]/;
const RUNS = /("[^"]*[\u3400-\u9fff][^"]*"|[\u3400-\u9fff][\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*)/;

export function chineseRuns(text: string): TextRun[] {
  return text.split(RUNS).filter((s) => s !== '').map((s) => ({ text: s, zh: HAN.test(s) }));
}
