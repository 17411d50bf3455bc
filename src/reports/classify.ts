/**
 * Whether a figure is a plan or target, and what kind of figure it is. A plan marker (要, 力争, 计划, 拟, 到2024年 …)
 * counts for the figures after it in its sentence until something done is said (实际, 已, 累计); a section headed as
 * a plan (三、2013年工作思路) holds plans too. The kind comes from the words
 * nearest the number in its clause, else from the clauses around it in the sentence (…招募…5人，医学定向毕业生3人).
 */
import type { FigureKind, FigureUnit } from './types.ts';
import { ancestors, type DocumentInfo } from './documents.ts';
import { DONE_MARKERS, HEADCOUNT_WORDS, STAFF_NOUN, KIND_WORDS, OTHER_WORDS, PER_POPULATION, SHARE_WORDS, TARGET_MARKERS } from './lexicon.ts';

const RATE_UNITS: ReadonlySet<FigureUnit> = new Set(['percent', 'percentage-points', 'ratio', 'per-1000-population', 'per-10000-population']);

/** Text with quoted names and titles blanked out (a plan's title is not a plan: 《三年行动计划》). */
export function unquoted(s: string): string {
  return s.replace(/《[^》\n]*》|“[^”\n]{0,20}”/g, (m) => ' '.repeat(m.length));
}

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index!;
  return last;
}

/** The last plan marker in `lead`; 到2020年底 in a text of 2021 looks back, not ahead. */
function lastTarget(lead: string, dateYear: number | null): number {
  let last = -1;
  for (const m of lead.matchAll(TARGET_MARKERS)) {
    const year = m[0].match(/\d{4}/);
    if (year && dateYear !== null && Number(year[0]) <= dateYear) continue;
    last = m.index!;
  }
  return last;
}

export interface TargetInput {
  norm: string;
  sentence: { start: number; end: number };
  clause: { start: number; end: number };
  numberStart: number;
  numberEnd: number;
  unit: FigureUnit;
  doc: DocumentInfo;
}

export function isTarget(x: TargetInput): boolean {
  const sections = ancestors(x.doc, x.numberStart);
  if (sections.some((h) => h.plan)) return true;
  const lead = unquoted(x.norm.slice(x.sentence.start, x.numberStart));
  const target = lastTarget(lead, x.doc.dateYear);
  if (target >= 0 && target > lastIndex(DONE_MARKERS, lead)) return true;
  if (/目标/.test(unquoted(x.norm.slice(x.numberEnd, x.clause.end)))) return true;
  // a rule-setting text states standards: a share of staff (占75%以上) or staff per population
  const clauseLead = x.norm.slice(x.clause.start, x.numberStart);
  if (x.doc.policy && lastIndex(DONE_MARKERS, lead) < 0 && !sections.some((h) => h.status)
    && ((x.unit === 'percent' && SHARE_WORDS.test(clauseLead)) || PER_POPULATION.test(clauseLead))) return true;
  return false;
}

interface Hit { kind: FigureKind; distance: number }

/** The kind word nearest the number in norm[start, end), before it (preferred) or after it. */
function nearestKind(norm: string, start: number, end: number, numberStart: number, numberEnd: number, skipBrackets = false): Hit | null {
  let text = unquoted(norm.slice(start, end));
  if (skipBrackets) text = text.replace(/\([^)]*\)?/g, (m) => ' '.repeat(m.length));
  let best: Hit | null = null;
  for (const [kind, re] of KIND_WORDS) {
    for (const m of text.matchAll(re)) {
      const s = start + m.index!;
      const e = s + m[0].length;
      const distance = e <= numberStart ? numberStart - e : s >= numberEnd ? s - numberEnd + 8 : 0;
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best;
}

export interface KindInput {
  norm: string;
  clauses: { start: number; end: number }[];
  /** Index in `clauses` of the figure's own clause. */
  own: number;
  numberStart: number;
  numberEnd: number;
  unit: FigureUnit;
  target: boolean;
  /** The counted noun (…286名在岗乡村医生: a stock of staff). */
  subject: string;
}

/** The kind the figure's own clause says (what was done, or 'other'), or null when it says none and borrows it. */
export function ownClauseKind(x: KindInput): FigureKind | null {
  const own = x.clauses[x.own]!;
  if (OTHER_WORDS.test(unquoted(x.norm.slice(own.start, own.end)))) return 'other';
  // what the clause says about the number (not in brackets after it: 职工45人（其中…聘用13人）)
  return nearestKind(x.norm, own.start, own.end, x.numberStart, x.numberEnd, true)?.kind ?? null;
}

export function kindOf(x: KindInput): FigureKind {
  if (x.target) return 'target';
  if (RATE_UNITS.has(x.unit)) return 'rate';
  if (x.unit === 'yuan') return 'money';
  const said = ownClauseKind(x);
  if (said) return said;
  const own = x.clauses[x.own]!;
  // a clause that says there are so many (有, 现有, 在岗…) counts a stock of staff
  if (HEADCOUNT_WORDS.test(x.norm.slice(own.start, x.numberStart)) || /在岗|在职|在编|现有/.test(x.subject)) return 'headcount';
  // a clause without a verb of its own takes its sense from its neighbours: back first, then forward
  const order = [...x.clauses.keys()].filter((k) => k !== x.own).sort((a, b) => {
    const da = a < x.own ? x.own - a : a - x.own + 0.5;
    const db = b < x.own ? x.own - b : b - x.own + 0.5;
    return da - db;
  });
  for (const k of order) {
    const c = x.clauses[k]!;
    const text = unquoted(x.norm.slice(c.start, c.end));
    if (OTHER_WORDS.test(text)) return 'other';
    const h = nearestKind(x.norm, c.start, c.end, k < x.own ? c.end : c.start, k < x.own ? c.end : c.start);
    if (h) return h.kind;
  }
  // nothing said about it: a count of staff (全县卫生技术人员620人) is a headcount
  return STAFF_NOUN.test(x.subject) ? 'headcount' : 'other';
}

/** A table's cell: a rate or money by its unit, else what the table's title says was done, else a stock of staff. */
export function kindOfTableCell(title: string, unit: FigureUnit, target: boolean): FigureKind {
  if (target) return 'target';
  if (RATE_UNITS.has(unit)) return 'rate';
  if (unit === 'yuan') return 'money';
  return nearestKind(title, 0, title.length, title.length, title.length)?.kind ?? 'headcount';
}
