/**
 * The report reader: a narrative report's text in, every workforce figure out, each with its reading and its place
 * in the text (see types.ts). The same pure code runs in the data build, on the command line and in the browser.
 *
 * Steps: normalise the text (view.ts) → split documents and sentences → find numbers with a measure word → drop the
 * numbers that are not workforce figures → read qualifier, unit, subject, year, plan and kind → group compositions
 * and lists → mark repeated printings.
 */
import type { CodeDomain, Figure, FigureGroup, FigureUnit, Reading, ReaderVocab, ReportDocument } from './types.ts';
import { buildView, printedSpan, type TextView } from './view.ts';
import { CN_NUMERAL_CHAR, readNumber } from './numbers.ts';
import { prefixQualifier, readCounter } from './counters.ts';
import { bracketDepth, clauseAt, segment, sentenceAt, type Segments } from './segments.ts';
import { splitDocuments, type DocumentInfo } from './documents.ts';
import { exclusionReason } from './exclusions.ts';
import { codeOf, subjectSpan, type SubjectSpan } from './subjects.ts';
import { figureYear, yearFlag } from './years.ts';
import { isTarget, kindOf, kindOfTableCell, ownClauseKind } from './classify.ts';
import { COUNTS, findGroups, type GroupDraft } from './groups.ts';
import { findTables } from './tables.ts';
import { AVERAGE_BEFORE, BREAKDOWN_SUFFIX, HEADCOUNT_WORDS, PER_POPULATION } from './lexicon.ts';
import type { PlaceName } from './places.ts';

export interface ReaderOptions {
  vocab?: ReaderVocab;
  /** Province names and codes (data/vocab/geographies.csv), to find a county printed after its province. */
  provinces?: PlaceName[];
}

/** Why a number was left out, for tests and for the command line's --explain. */
export interface Skipped { start: number; end: number; text: string; reason: string }

/** Characters a number can start with: digits and Chinese numerals (as codes, tested once per character). */
const START_CODES = new Set([...'0123456789零〇一二两三四五六七八九十百千万亿'].map((c) => c.charCodeAt(0)));

interface Draft extends GroupDraft {
  figure: Figure;
  /** Its own clause says nothing of what was done: its kind is borrowed (其中全科专业9人). */
  borrowsKind: boolean;
  /** Where its subject is in the view. */
  subjectAt: SubjectSpan | null;
}

/**
 * The next item of a list of rates: a clause of a cadre (its count, 数) and 达到/为 only, right after a rate's
 * (…医师数达到3.3人，注册护士数达到3.8人), of a like size (a whole count is many times larger or smaller).
 */
const LISTED_RATE = /^[，、,][\u4e00-\u9fa5（）()]{1,14}?数?(?:达到|达|为|提高到|增至)?$/;
/** Words of a whole count, which a list of rates does not go on with (全县共有乡村医生83人). */
const WHOLE_COUNT = /共|有|总|合计|全县|全市|全省|全区|全国/;

/** Only a change between the figure before and this one (18.5%提高到31.2%, 由312人增至420人): the same subject. */
const CHANGED_TO = /^(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|升|增|降)(?:到|至)$/;

const scaled = (v: number, factor: number) => (factor === 1 ? v : Number((v * factor).toPrecision(15)));

function printed(view: TextView, start: number, end: number): string {
  const s = printedSpan(view, start, end);
  return view.text.slice(s.start, s.end);
}

/** Clauses of a sentence, in order. */
function clausesOf(seg: Segments, sentence: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = sentence.start;
  while (i < sentence.end) {
    const c = clauseAt(seg, i);
    out.push({ start: c.start, end: Math.min(c.end, sentence.end) });
    i = c.end + 1;
  }
  return out.length ? out : [sentence];
}

const PER_UNITS: ReadonlySet<FigureUnit> = new Set(['per-1000-population', 'per-10000-population']);

function unitOf(base: FigureUnit, clauseLead: string): FigureUnit {
  const per = clauseLead.match(PER_POPULATION);
  if (per && base === 'persons') return per[1] === '千' ? 'per-1000-population' : 'per-10000-population';
  return base;
}

function basisOf(lead: string): string | null {
  const found = [...lead.matchAll(/每(?:个|名|位)?([\u4e00-\u9fa5]{0,8}?(?:人|月|年|季度|学年|卫生院|卫生室|站|中心|乡镇|村|单位|机构|医院))/g)].map((m) => m[0]);
  return found.length ? found.join('') : null;
}

export function readReportDetailed(text: string, options: ReaderOptions = {}): Reading & { skipped: Skipped[] } {
  const vocab = options.vocab ?? { terms: [] };
  const view = buildView(text);
  const { norm } = view;
  const seg = segment(norm);
  const docs = splitDocuments(view, options.provinces ?? []);
  const docAt = (i: number): DocumentInfo => docs.find((d) => i >= d.start && i < d.end) ?? docs[docs.length - 1]!;
  const cells = findTables(view);
  const drafts: Draft[] = [];
  const skipped: Skipped[] = [];

  for (let i = 0; i < norm.length; i++) {
    if (!START_CODES.has(norm.charCodeAt(i))) continue;
    const ch = norm[i]!;
    const prev = norm[i - 1] ?? '';
    // inside a number already read (1,2|34; 3.|5), or a Chinese numeral run that did not parse as one number
    if (/\d/.test(prev) || (/[.,]/.test(prev) && /\d/.test(norm[i - 2] ?? '')) || (CN_NUMERAL_CHAR.test(prev) && CN_NUMERAL_CHAR.test(ch))) continue;
    const token = readNumber(norm, i);
    if (!token) continue;
    i = token.end - 1;
    // a table's cell is counted in the unit its column header names
    const cell = cells.get(token.start) ?? null;
    const counter = readCounter(norm, token) ?? (cell && !token.chinese ? {
      unit: cell.unit, end: token.end, nounStart: token.end, needsTraining: false, needsProgramme: false, bare: false, suffixQualifiers: [],
    } : null);
    if (!counter) continue;
    const rowSentence = sentenceAt(seg, token.start);
    // what is said before a table's row (its title, its header) is said of the row
    const sentence = cell ? { start: Math.min(cell.titleAt, rowSentence.start), end: rowSentence.end } : rowSentence;
    const clause = clauseAt(seg, token.start);
    const clauses = clausesOf(seg, sentence);
    const own = Math.max(0, clauses.findIndex((c) => token.start >= c.start && token.start <= c.end));
    const previousClause = clauses[own - 1];
    const context = norm.slice(previousClause?.start ?? clause.start, clause.end);
    const prevDraft = drafts[drafts.length - 1];
    const preStart = prevDraft && prevDraft.clauseEnd === clause.end && prevDraft.counterEnd > clause.start ? prevDraft.counterEnd : clause.start;
    const qualifierBefore = prefixQualifier(norm, token.start);
    const numberStart = qualifierBefore?.start ?? token.start;
    const changed = prevDraft && preStart === prevDraft.counterEnd && CHANGED_TO.test(norm.slice(preStart, numberStart));
    // 占8.7%，较上年下降0.4个百分点: the points are a change of the share before them
    const ofShare = counter.unit === 'percentage-points' && prevDraft?.sentence.start === sentence.start && prevDraft.unit === 'percent';
    // a table's cell counts what its row's label names
    const span = cell?.label ?? (changed || ofShare ? prevDraft!.subjectAt : subjectSpan(norm, preStart, numberStart, counter.nounStart, clause.end));
    const subjectNorm = span ? norm.slice(span.start, span.end) : '';
    const afterCount = !!prevDraft && prevDraft.sentence.start === sentence.start && (prevDraft.unit === 'persons' || prevDraft.unit === 'person-times')
      && prevDraft.numberStart >= (clauses[own - 2]?.start ?? sentence.start);
    const reason = exclusionReason({ norm, token, counter, clause, context, subject: subjectNorm, afterCount, table: cell ? `${cell.title}${cell.header}` : null });
    if (reason) {
      const p = printedSpan(view, token.start, token.end);
      skipped.push({ start: p.start, end: p.end, text: text.slice(p.start, p.end), reason });
      continue;
    }
    const doc = docAt(token.start);
    const clauseLead = norm.slice(clause.start, token.start);
    const baseUnit: FigureUnit = counter.bare ? (/[元]|经费|资金|补贴|补助|奖励|薪|费/.test(context) ? 'yuan' : 'persons') : counter.unit;
    // an average the figure before is compared with (…2.36人，低于全省平均水平（2.9人）) is in that figure's unit
    const afterRate = prevDraft?.sentence.start === sentence.start && PER_UNITS.has(prevDraft.unit) && baseUnit === 'persons';
    const comparedWith = afterRate && AVERAGE_BEFORE.test(clauseLead);
    // 每千常住人口执业（助理）医师数达到3.3人，注册护士数达到3.8人: the next clause of the list keeps the rate's basis
    const ownUnit = unitOf(baseUnit, clauseLead);
    const between = afterRate ? norm.slice(prevDraft!.counterEnd, numberStart) : '';
    const listed = afterRate && ownUnit === 'persons' && LISTED_RATE.test(between) && !WHOLE_COUNT.test(between)
      && token.value <= prevDraft!.value * 3 && token.value * 3 >= prevDraft!.value;
    const unit = comparedWith || listed ? prevDraft!.unit : ownUnit;
    // a cell in a column of years is of its column's year; a later year's column of a plan, or one that says so, is a target
    const year = cell?.year ? { text: cell.year, from: Number(cell.year), to: Number(cell.year) } : figureYear(norm, sentence.start, token.start, doc);
    const target = cell?.year ? cell.planned || (cell.laterYear && doc.policy)
      : isTarget({ norm, sentence, clause, numberStart: token.start, numberEnd: counter.end, unit, doc });
    const kindInput = { norm, clauses, own, numberStart: token.start, numberEnd: counter.end, unit, target, subject: subjectNorm };
    const kind = cell ? kindOfTableCell(cell.title, unit, target) : kindOf(kindInput);
    const prefer: CodeDomain[] = kind === 'trained' ? ['programme', 'cadre', 'title', 'education'] : ['title', 'education', 'cadre', 'programme'];
    const code = subjectNorm ? codeOf(subjectNorm, vocab, prefer) : null;
    // a clause that names nothing (已有21名到岗) or only a share (…的214人，占36.5%) is of the count just before it: it is
    // named so, though its kind, code of breakdown and grouping stay its own clause's
    const named = !cell && afterCount && (!subjectNorm || /^占比?$/.test(subjectNorm)) && prevDraft!.subjectAt ? prevDraft!.subjectAt : span;
    const namedNorm = named ? norm.slice(named.start, named.end) : '';
    const namedCode = named === span ? code : codeOf(namedNorm, vocab, prefer);
    const p = printedSpan(view, token.start, token.end);
    const q = printedSpan(view, clause.start, clause.end);
    const quote = text.slice(q.start, q.end);
    // qualifiers as printed (不超過, 餘 in traditional text), not as the view reads them
    const qualifiers = [qualifierBefore && printed(view, qualifierBefore.start, qualifierBefore.end), token.innerQualifier,
      counter.suffixQualifiers.map((q) => printed(view, q.start, q.end)).join('')].filter((x): x is string => !!x);
    const figure: Figure = {
      id: String(p.start), start: p.start, end: p.end, text: text.slice(p.start, p.end),
      value: scaled(token.value, cell?.factor ?? 1), value_max: token.valueMax === null ? null : scaled(token.valueMax, cell?.factor ?? 1), qualifier: qualifiers.length ? qualifiers.join('') : null,
      unit, basis: basisOf(clauseLead), kind,
      // …and, in a column of one part of the table (县级医院), that part
      subject_zh: `${named ? printed(view, named.start, named.end).replace(/\s+/g, '') : ''}${cell?.partColumn ? `（${cell.header}）` : ''}`,
      code: namedCode?.code ?? null, code_domain: namedCode?.domain ?? null,
      place: doc.place, year: year.text, year_flag: yearFlag(year, target, doc), is_target: target,
      document: doc.label, document_index: doc.index,
      group: null, role: null, group_total: null, group_sum: null, discrepancy: false, repeat_of: null,
      quote: quote.replace(/\s*\n\s*/g, ''), quote_start: q.start, quote_end: q.end,
    };
    drafts.push({
      figure, borrowsKind: !cell && ownClauseKind(kindInput) === null, subjectAt: named, id: figure.id, doc: doc.index, sentence, numberStart: token.start, counterEnd: counter.end, clauseEnd: clause.end,
      unit, value: figure.value, table: cell && { table: cell.table, column: cell.column, total: cell.total, row: cell.row, totalColumn: cell.totalColumn },
      breakdown: code?.domain === 'title' || code?.domain === 'education' ? code.domain
        : BREAKDOWN_SUFFIX.find(([, re]) => re.test(subjectNorm))?.[0] ?? null,
      code: code?.code ?? null, qualified: figure.qualifier !== null,
      subject: subjectNorm, depth: bracketDepth(norm, sentence.start, token.start),
      headcount: kind === 'headcount' || (target && HEADCOUNT_WORDS.test(clauseLead)) || kind === 'target' || kind === 'exam',
      group: null, role: null,
    });
  }

  const groups = findGroups(norm, drafts);
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const g of groups) {
    const total = g.total ? byId.get(g.total)!.figure : null;
    for (const id of [...(g.total ? [g.total] : []), ...g.members]) {
      const d = byId.get(id)!;
      if (d.group !== g.id) continue;
      Object.assign(d.figure, { group: g.id, role: d.role, group_total: g.total_value, group_sum: g.sum, discrepancy: g.discrepancy });
      if (d.role !== 'part') continue;
      // a part is a composition when its make-up accounts for the whole; a sub-count (…离职32人，其中硕士9人) keeps its own
      // kind, or takes its total's when its clause says none (录用64人…，分配到乡镇卫生院的有39人)
      if (accountsForWhole(g)) d.figure.kind = 'composition';
      else if (total && d.borrowsKind && COUNTS.has(d.unit)) d.figure.kind = total.kind === 'composition' ? 'headcount' : total.kind;
      // a part of a planned total is planned, and of its year, when its own sentence says neither
      if (total?.is_target) d.figure.is_target = true;
      if (total && d.figure.year === null && d.sentence.start !== byId.get(g.total!)!.sentence.start) {
        Object.assign(d.figure, { year: total.year, year_flag: total.year_flag });
      }
    }
  }
  markRepeats(drafts.map((d) => d.figure), norm, drafts);

  const documents: ReportDocument[] = docs.map((d) => ({
    index: d.index, label: d.label, title: printed(view, d.titleStart, d.titleStart + d.title.length), start: view.origin[d.start]!,
    end: view.origin[d.end]!, place: d.place, year: d.yearText,
  }));
  return { figures: drafts.map((d) => d.figure), groups, documents, skipped };
}

/** Parts that make up their total: they add up to it, or name every category (其他, 未定级), or disagree with it in print. */
function accountsForWhole(g: FigureGroup): boolean {
  return g.members.length >= 2 && (g.complete || g.discrepancy || g.sum === g.total_value);
}

/** The same passage printed again (copied twice, or a news lead repeated in the body): later printings point to the first. */
function markRepeats(figures: Figure[], norm: string, drafts: Draft[]): void {
  const first = new Map<string, string>();
  figures.forEach((f, k) => {
    const d = drafts[k]!;
    const from = clauseStartOf(norm, d.numberStart);
    // the clause with the number's place in it: two figures of one clause are two facts
    const clause = `${norm.slice(from, d.numberStart)}⟨⟩${norm.slice(d.numberStart, d.clauseEnd)}`.replace(/\s+/g, '');
    const key = [f.document_index, clause, f.value, f.value_max, f.unit, f.year].join('|');
    const seen = first.get(key);
    if (seen) f.repeat_of = seen;
    else first.set(key, f.id);
  });
}

function clauseStartOf(norm: string, i: number): number {
  let k = i;
  while (k > 0 && !/[,;:。!?\n]/.test(norm[k - 1]!)) k--;
  return k;
}

export function readReport(text: string, options: ReaderOptions = {}): Reading {
  const { figures, groups, documents } = readReportDetailed(text, options);
  return { figures, groups, documents };
}
