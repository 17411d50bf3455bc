/**
 * Compositions and lists. A total followed by 其中 (有医疗卫生人员762人，其中高级职称12人…), or by its parts in brackets
 * (…198人（正高级47人、副高级151人）), takes the figures after it
 * in its sentence as its parts, running on past a ；or into the next sentence only when that makes the parts add up
 * exactly (共105人，其中…59人。委托…46人); a sentence about part of an earlier total (卫生专业技术人员中，…) takes that
 * total, one make-up per ；-clause. Parts before 共计/合计 N take N as their total. Parts coded in one breakdown (职称,
 * 学历) printed without a total take the headcount just before them; shares of the whole printed one after another,
 * each of another category of one breakdown (研究生学历占6.8%，大学本科占41.3%…), are a make-up in per cent without a
 * total. Items after a colon, one per ；-clause, form a list. A composition whose parts do not add up is a
 * discrepancy: both numbers are kept, nothing is corrected. A change (较上年增加411人) is never a total; a sub-total (高级职称164人（其中…）) may be a part of the make-up around it.
 */
import type { FigureGroup, FigureUnit, GroupRole } from './types.ts';
import { RESIDUAL } from './lexicon.ts';
import { bracketDepth } from './segments.ts';

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
  /** Its vocabulary code (大学本科 → bachelor), else null. */
  code: string | null;
  /** Printed with a qualifier (约, 以上 …): not an exact share. */
  qualified: boolean;
  subject: string;
  /** How deep in brackets it is printed within its sentence (a sub-part: …230人（其中全科医生25人）). */
  depth: number;
  headcount: boolean;
  /** A table's cell: its table, column and row, and whether its row or its column is the table's total. */
  table: { table: number; column: number; total: boolean; row: number; totalColumn: boolean } | null;
  group: string | null;
  role: GroupRole | null;
}

export const COUNTS: ReadonlySet<FigureUnit> = new Set(['persons', 'person-times']);
const CHANGE = /(?:较|比|同比)[^,;]{0,12}(?:增加|减少|增长|提高|下降|降低|上升|多|少)了?$/;
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
    // three categories of a breakdown are taken as all of it in counts; shares are often printed for the main ones only
    const complete = parts.some((p) => RESIDUAL.test(p.subject)) || (breakdown !== null && parts.length >= 3 && unit !== 'percent');
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

  /** A change, not a stock: 较2019年增加411人. */
  const isChange = (d: GroupDraft) => CHANGE.test(norm.slice(d.sentence.start, d.numberStart).split(/[,;]/).pop()!);
  const sum = (ps: GroupDraft[], unit: FigureUnit) => round(ps.filter((p) => p.unit === unit).reduce((a, p) => a + p.value, 0));
  /** Free figures of one sentence after view index `from`, in order. */
  const after = (k: number, sentence: { start: number }, doc: number) => {
    const out: GroupDraft[] = [];
    for (let j = k; j < drafts.length; j++) {
      const d = drafts[j]!;
      if (d.doc !== doc || d.sentence.start !== sentence.start) break;
      out.push(d);
    }
    return out;
  };
  /** A part of a make-up: not a sub-part in deeper brackets than the parts' opening, not a share of the whole (占…85.7%). */
  let depth = 0;
  // a sub-total (高级职称164人（其中…）) is itself a part of the larger make-up around it
  const partOf = (t: GroupDraft, d: GroupDraft) => (free(d) || d.role === 'total') && d.depth <= depth && (d.unit === t.unit || (d.unit === 'percent' && !/占/.test(norm.slice(d.sentence.start, d.numberStart).split(/[,;]/).pop()!)));
  /**
   * The parts after a total: up to a ；, or beyond it (and into the next sentence) when that makes them add up exactly.
   * Each ；-clause of parts that does not add up on its own with the others is a make-up of its own (学位…；职称…).
   */
  const takeParts = (t: GroupDraft, candidates: GroupDraft[], next: GroupDraft[], perClause: boolean): GroupDraft[][] => {
    const pieces: GroupDraft[][] = [];
    for (const d of candidates.filter((c) => partOf(t, c))) {
      const prev = pieces[pieces.length - 1];
      const last = prev?.[prev.length - 1];
      if (!prev || norm.slice(last!.numberStart, d.numberStart).includes(';')) pieces.push([d]);
      else prev.push(d);
    }
    if (pieces.length === 0) return [];
    const all = pieces.flat();
    if (pieces.length > 1 && sum(all, t.unit) === t.value) return [all];
    const first = pieces[0]!;
    // parts that add up to the total, then more figures: those are a second, partial make-up (…本科41人、专科23人，分配到乡镇的39人)
    const exact = first.findIndex((_, n) => n >= 1 && n < first.length - 1 && sum(first.slice(0, n + 1), t.unit) === t.value);
    if (exact > 0 && pieces.length === 1) return [first.slice(0, exact + 1), first.slice(exact + 1)];
    if (sum(first, t.unit) < t.value && pieces.length === 1) {
      const more: GroupDraft[] = [];
      for (const d of next.filter((c) => partOf(t, c) && c.unit === t.unit)) {
        if (sum([...first, ...more], t.unit) >= t.value) break;
        more.push(d);
      }
      if (more.length && sum([...first, ...more], t.unit) === t.value) return [[...first, ...more]];
    }
    return perClause && pieces.every((p) => sum(p, t.unit) <= t.value) ? pieces : [first];
  };

  /** Counts in table cells, free or not, by their column or their row. */
  const cells = (keep: (d: GroupDraft) => boolean, key: (t: NonNullable<GroupDraft['table']>) => string) => {
    const out = new Map<string, GroupDraft[]>();
    for (const d of drafts) if (d.table && COUNTS.has(d.unit) && keep(d)) out.set(key(d.table), [...(out.get(key(d.table)) ?? []), d]);
    return out.values();
  };
  // 0. a table's column of counts with a total row: the rows above it are its parts
  for (const col of cells(() => true, (t) => `${t.table}:${t.column}`)) {
    const total = col.find((d) => d.table!.total);
    const parts = col.filter((d) => !d.table!.total);
    if (total && parts.length >= 2) add('composition', total, parts);
  }
  // …and a row of counts with a total column (合计 | 县级医院 | 乡镇卫生院), when its cells are not parts of a column already
  for (const row of cells(free, (t) => String(t.row))) {
    const total = row.find((d) => d.table!.totalColumn);
    const parts = row.filter((d) => !d.table!.totalColumn && d.unit === total?.unit);
    if (total && parts.length >= 2) add('composition', total, parts);
  }

  // 1. a total, then 其中 … or its parts in brackets (…198人（正高级47人、副高级151人）); the total is the count just before,
  // past any rate printed beside it and any change (较上年增加411人)
  for (const m of norm.matchAll(/其中|(?<=[人名位次])中(?=[,:])|(?<=\d[人名位])\((?!其中|含)/g)) {
    const at = m.index!;
    let k = drafts.findIndex((d) => d.numberStart > at);
    if (k < 0) k = drafts.length;
    let j = k - 1;
    while (j >= 0 && (!COUNTS.has(drafts[j]!.unit) || isChange(drafts[j]!)) && drafts[j]!.sentence.start === drafts[k - 1]?.sentence.start) j--;
    const t = drafts[j];
    if (!t || !COUNTS.has(t.unit) || t.numberStart > at) continue;
    // 其中 may open the sentence after the total's (…达58.6万人，同比增长3.4%。其中卫生技术人员47.2万人…)
    const opensNext = at > t.sentence.end && m[0] === '其中' && drafts[k]?.sentence.start === at && /^[。!?]$/.test(norm.slice(t.sentence.end, at));
    if (!opensNext && (at > t.sentence.end || at - Math.max(...drafts.slice(j, k).map((d) => d.clauseEnd)) > 12)) continue;
    depth = bracketDepth(norm, t.sentence.start, at + m[0].length); // 职工45人（其中在编32人、聘用13人）: the parts are as deep as 其中
    // parts in brackets end where the brackets close
    const inSentence = after(k, opensNext ? drafts[k]!.sentence : t.sentence, t.doc);
    const closed = depth > 0 ? inSentence.findIndex((d) => d.depth < depth) : -1;
    const here = closed < 0 ? inSentence : inSentence.slice(0, closed);
    if (m[0] === '(' && here.filter((d) => d.unit === t.unit).length < 2) continue;
    const nextStart = here.length ? drafts.indexOf(here[here.length - 1]!) + 1 : k;
    const next = drafts[nextStart] && drafts[nextStart]!.doc === t.doc ? after(nextStart, drafts[nextStart]!.sentence, t.doc) : [];
    for (const parts of takeParts(t, here, next, false)) add('composition', t, parts);
  }

  // 1b. a sentence about part of an earlier total (卫生专业技术人员中，具有博士学位11人…；正高级职称57人…)
  for (const m of norm.matchAll(/(?<=^|[。\n;])([\u4e00-\u9fa5()（）]{2,16}?)中[,:]/g)) {
    const noun = m[1]!;
    const k = drafts.findIndex((d) => d.numberStart > m.index!);
    if (k <= 0) continue;
    const t = [...drafts.slice(Math.max(0, k - 8), k)].reverse().find((d) => COUNTS.has(d.unit) && d.subject.length >= 2
      && (noun.endsWith(d.subject) || d.subject.endsWith(noun)) && drafts[k]!.doc === d.doc);
    if (!t) continue;
    depth = 0;
    for (const parts of takeParts(t, after(k, drafts[k]!.sentence, t.doc), [], true)) add('composition', t, parts);
  }

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
    // the nearest headcount that holds the parts; else the nearest at least half their sum (a discrepancy, kept as printed)
    let total: GroupDraft | null = null;
    let near: GroupDraft | null = null;
    for (let j = k - 1; j >= 0 && drafts[j]!.doc === first.doc && first.sentence.start - drafts[j]!.sentence.end < 400; j--) {
      const d = drafts[j]!;
      if (d.unit !== first.unit || !(d.headcount || d.role === 'total') || d.value < sum * 0.5 || d.breakdown !== null) continue;
      near ??= d;
      if (d.value >= sum) { total = d; break; }
    }
    total ??= near;
    add(total ? 'composition' : 'list', total, run);
    k += run.length - 1;
  }

  // 3b. shares of the whole, one after another in a sentence, exact, each of another category of one breakdown
  // (研究生学历占6.8%，大学本科占41.3%，大专占38.2%，中专及以下占13.7%): a make-up in per cent, no total printed
  const isShare = (d: GroupDraft) => free(d) && d.unit === 'percent' && !d.qualified && d.depth === 0
    && /占/.test(norm.slice(d.sentence.start, d.numberStart).split(/[,;]/).pop()!);
  for (let k = 0; k < drafts.length; k++) {
    const first = drafts[k]!;
    if (!isShare(first) || first.breakdown === null) continue;
    const run = [first];
    for (let j = k + 1; j < drafts.length && sameSentence(drafts[j]!, first) && isShare(drafts[j]!)
      && (drafts[j]!.breakdown === first.breakdown || (drafts[j]!.breakdown === null && RESIDUAL.test(drafts[j]!.subject))); j++) run.push(drafts[j]!);
    if (run.length >= 2 && new Set(run.map((d) => d.code ?? d.subject)).size === run.length) add('composition', null, run);
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
