/**
 * Test reports written with their figures marked: [[text|value|kind|flags]], flags a comma list of t (a plan or
 * target), b (borderline: either reading is defensible), g=<id> (part of a composition), q=<qualifier>, max=<upper
 * end>. The marks come out of the text, and the gold figures carry their offsets in it: nothing is counted by hand.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface GoldFigure {
  start: number; end: number; text: string; value: number; value_max: number | null; kind: string;
  is_plan_or_target: boolean; part_of: string | null; qualifier: string | null; scope: 'core' | 'borderline';
  /** The clause around the figure, for messages. */
  quote: string;
}

const MARK = /\[\[([\s\S]*?)\|([^|\]]*)\|([^|\]]*)\|([^\]]*)\]\]/g;

export const ANNOTATED_REPORTS = ['county-summary', 'two-documents', 'news-feature', 'plan-gbk', 'hospital-report', 'county-plan-traditional'] as const;

export function annotatedPath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/reports/${name}.annotated.txt`, import.meta.url));
}

/** The report's text (marks removed) and its gold figures. */
export function annotatedReport(name: string): { text: string; gold: GoldFigure[] } {
  const source = readFileSync(annotatedPath(name), 'utf8');
  const gold: GoldFigure[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    const [, printed, value, kind, flagText] = m as unknown as [string, string, string, string, string];
    const flags = new Map(flagText.split(',').filter(Boolean).map((f) => { const [k, v] = f.split('='); return [k!, v ?? ''] as const; }));
    gold.push({
      start: text.length, end: text.length + printed.length, text: printed, value: Number(value),
      value_max: flags.has('max') ? Number(flags.get('max')) : null, kind, is_plan_or_target: flags.has('t'),
      part_of: flags.get('g') ?? null, qualifier: flags.get('q') ?? null, scope: flags.has('b') ? 'borderline' : 'core', quote: '',
    });
    text += printed;
    last = m.index! + m[0].length;
  }
  const full = text + source.slice(last);
  for (const g of gold) {
    const from = Math.max(...['，', '。', '；', '\n'].map((c) => full.lastIndexOf(c, g.start - 1))) + 1;
    const ends = ['，', '。', '；', '\n'].map((c) => full.indexOf(c, g.end)).filter((i) => i >= 0);
    g.quote = full.slice(from, Math.min(...ends, full.length));
  }
  return { text: full, gold };
}
