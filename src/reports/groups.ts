/**
 * Compositions and lists. A total followed by 其中 (有医疗卫生人员762人，其中高级职称12人…) takes the figures after it
 * in its sentence as its parts, running on into the next sentence only when that makes the parts add up exactly
 * (共105人，其中…59人。委托…46人). Parts before 共计/合计 N take N as their total. Parts coded in one breakdown (职称,
 * 学历) printed without a total take the headcount just before them. Items after a colon, one per ；-clause, form a
 * list. A composition whose parts do not add up is a discrepancy: both numbers are kept, nothing is corrected.
 */
import type { FigureGroup, FigureUnit, GroupRole } from './types.ts';
import { RESIDUAL } from './lexicon.ts';

export interface GroupDraft {
  id: string;
  doc: number;
  sentence: { start: number; end: number };
  numberStart: number;
  counterEnd: number;
  clauseEnd: number;
  unit: FigureUnit;
  value: number;
  breakdown: 'title' | 'education' | null;
  subject: string;
  /** Printed inside brackets within its sentence (a sub-part: （其中全科医生25人）). */
  inBrackets: boolean;
  headcount: boolean;
  group: string | null;
  role: GroupRole | null;
}

const COUNTS: ReadonlySet<FigureUnit> = new Set(['persons', 'person-times']);
const OF_WHICH = /^[,:;]?(?:其中|中[,:])/;
const TOTAL_AFTER = /(?:共计|合计|总计|总共|共)[有为达]?$/;

function round(x: number): number {
  return Number(x.toPrecision(12));
}

export function findGroups(norm: string, drafts: GroupDraft[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  const free = (d: GroupDraft) => d.group === null;
  const sameSentence = (a: GroupDraft, b: GroupDraft) => a.doc === b.doc && a.sentence.start === b.sentence.start;

  const add = (kind: FigureGroup['kind'], total: GroupDraft | null, parts: GroupDraft[]) => {
    const id = `g${groups.length + 1}`;
    const unit = parts.every((p) => p.unit === 'percent') ? 'percent' : (total?.unit ?? parts[0]!.unit);
    const counted = parts.filter((p) => p.unit === unit);
    const sum = counted.length ? round(counted.reduce((a, p) => a + p.value, 0)) : null;
    // the breakdown every part is coded in; an uncoded residual category (无职称, 其他) does not break it
    const coded = parts.filter((p) => !(p.breakdown === null && RESIDUAL.test(p.subject)));
    const breakdowns = new Set(coded.map((p) => p.breakdown));
    const breakdown = breakdowns.size === 1 ? coded[0]!.breakdown : null;
    const complete = parts.some((p) => RESIDUAL.test(p.subject)) || (breakdown !== null && parts.length >= 3);
    let discrepancy = false;
    if (kind === 'composition' && sum !== null && parts.length >= 2) {
      if (unit === 'percent') discrepancy = sum > 100.5 || (complete && Math.abs(sum - 100) > 0.5 * parts.length);
      else if (total && unit === total.unit) discrepancy = sum > total.value || (complete && sum !== total.value);
    }
    groups.push({
      id, kind, total: total?.id ?? null, members: parts.map((p) => p.id), total_value: total?.value ?? null, sum, unit,
      breakdown, complete, discrepancy,
    });
    if (total && total.group === null) { total.group = id; total.role = 'total'; }
    for (const p of parts) { p.group = id; p.role = kind === 'list' ? 'item' : 'part'; }
  };

  // 1. total, 其中 parts
  drafts.forEach((t, k) => {
    if (!COUNTS.has(t.unit)) return;
    // 共105人，其中… or 共有52名同志通过评审，其中…: 其中 right after the total or at the start of the next clause
    const lastInClause = drafts[k + 1]?.numberStart === undefined || drafts[k + 1]!.numberStart > t.clauseEnd;
    if (!OF_WHICH.test(norm.slice(t.counterEnd, t.counterEnd + 4)) && !(lastInClause && OF_WHICH.test(norm.slice(t.clauseEnd, t.clauseEnd + 4)))) return;
    const take = (from: number, sentence: { start: number }) => {
      const out: GroupDraft[] = [];
      for (let j = from; j < drafts.length; j++) {
        const d = drafts[j]!;
        if (d.doc !== t.doc || d.sentence.start !== sentence.start) break;
        if (!d.inBrackets && free(d) && (d.unit === t.unit || d.unit === 'percent')) out.push(d);
      }
      return out;
    };
    const sum = (ps: GroupDraft[]) => round(ps.filter((p) => p.unit === t.unit).reduce((a, p) => a + p.value, 0));
    // the parts end where they add up, or at a ；, which starts another statement
    const parts: GroupDraft[] = [];
    for (const d of take(k + 1, t.sentence)) {
      if (norm.slice(t.counterEnd, d.numberStart).includes(';') || sum(parts) === t.value) break;
      parts.push(d);
    }
    if (parts.length === 0) return;
    if (sum(parts) < t.value) {
      const last = drafts.indexOf(parts[parts.length - 1]!);
      const next = drafts[last + 1];
      if (next && next.doc === t.doc && next.sentence.start > t.sentence.start) {
        const more: GroupDraft[] = [];
        for (const d of take(last + 1, next.sentence)) {
          if (sum([...parts, ...more]) >= t.value || d.unit !== t.unit) break;
          more.push(d);
        }
        if (more.length && sum([...parts, ...more]) === t.value) parts.push(...more);
      }
    }
    add('composition', t, parts);
  });

  // 2. parts, then 共计 N
  drafts.forEach((t, k) => {
    if (!free(t) || !COUNTS.has(t.unit) || !TOTAL_AFTER.test(norm.slice(Math.max(0, t.numberStart - 4), t.numberStart))) return;
    const parts: GroupDraft[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const d = drafts[j]!;
      if (!sameSentence(d, t) || !free(d) || d.unit !== t.unit) break;
      parts.unshift(d);
    }
    if (parts.length >= 2) add('composition', t, parts);
  });

  // 3. parts coded in one breakdown, the total printed just before them
  for (let k = 0; k < drafts.length; k++) {
    const first = drafts[k]!;
    if (!free(first) || first.breakdown === null || !COUNTS.has(first.unit)) continue;
    const run = [first];
    // the run goes on over a residual category (…初级职称861人、无职称105人)
    for (let j = k + 1; j < drafts.length && sameSentence(drafts[j]!, first) && free(drafts[j]!) && drafts[j]!.unit === first.unit
      && (drafts[j]!.breakdown === first.breakdown || (drafts[j]!.breakdown === null && RESIDUAL.test(drafts[j]!.subject))); j++) run.push(drafts[j]!);
    if (run.length < 2) continue;
    const sum = round(run.reduce((a, p) => a + p.value, 0));
    let total: GroupDraft | null = null;
    for (let j = k - 1; j >= 0 && drafts[j]!.doc === first.doc && first.sentence.start - drafts[j]!.sentence.end < 400; j--) {
      const d = drafts[j]!;
      if (d.unit === first.unit && (d.headcount || d.role === 'total') && d.value >= sum * 0.5 && d.breakdown === null) { total = d; break; }
    }
    add(total ? 'composition' : 'list', total, run);
    k += run.length - 1;
  }

  // 4. items after a colon, one per ；-clause
  const bySentence = new Map<string, GroupDraft[]>();
  for (const d of drafts) if (free(d)) bySentence.set(`${d.doc}:${d.sentence.start}`, [...(bySentence.get(`${d.doc}:${d.sentence.start}`) ?? []), d]);
  for (const ds of bySentence.values()) {
    const s = ds[0]!.sentence;
    const colon = norm.indexOf(':', s.start);
    if (colon < 0 || colon >= s.end) continue;
    const items = ds.filter((d) => d.numberStart > colon && d.unit === ds.find((x) => x.numberStart > colon)?.unit);
    const segments = new Set(items.map((d) => norm.slice(colon, d.numberStart).split(';').length));
    if (items.length >= 2 && segments.size === items.length && norm.slice(colon, s.end).includes(';')) add('list', null, items);
  }
  return groups;
}
