/**
 * The documents inside one file (第一篇 …, 篇二, 范文三) and what each says about itself: its title, the year its
 * title gives, the place it is about, the years it can have been written in (from the congresses, plans and
 * ministries it names), and its headings (which carry a section's year and mark sections of plans). Nothing leaks
 * from one document into the next.
 */
import type { TextView } from './view.ts';
import { ACTION_HEADING, DOCUMENT_MARKER, ERA_HINTS, HEADING_START, PLAN_HEADING, POLICY_TITLE, STATUS_HEADING } from './lexicon.ts';
import { findPlace, type PlaceName } from './places.ts';

export interface Heading { pos: number; level: number; year: number | null; yearText: string | null; plan: boolean; status: boolean }

export interface DocumentInfo {
  index: number;
  label: string | null;
  title: string;
  /** Span of the title in the view (for its printed form). */
  titleStart: number;
  /** Span in the view. */
  start: number;
  end: number;
  place: string | null;
  year: number | null;
  yearText: string | null;
  /** The year of the date the document is signed or issued on (a line holding only a date), else its title's year. */
  dateYear: number | null;
  /** Years the document can have been written in, from what it names; null ends when nothing bounds them. */
  writtenFrom: number | null;
  writtenBy: number | null;
  /** A rule-setting document (意见, 办法, 规划 …). */
  policy: boolean;
  headings: Heading[];
}

/** A line that names what the text is: a work summary, plan, opinion, report. */
const TITLE_WORDS = /总结|计划|意见|报告|方案|办法|规划|通知|纲要|情况|讲话/;
/** Site furniture: breadcrumbs, datelines, view counts, copyright lines. */
const FURNITURE = />|位置|发布时间|来源|浏览|版权|小字号|当前|首页|责编/;
export const TITLE_YEAR = /((?:19|20)\d{2})年(?!\d{1,2}月)/;
/** A web page's date line under its title (2024-03-05 来源:…, 发布时间:2024年1月16日). */
/** A document number (X卫发〔2024〕15号): the year it was issued. */
const DOC_NUMBER = /[〔\[(【]((?:19|20)\d{2})[〕\])】]\s*\d+\s*号/;
/** A plan's span in its title (（2024—2026年）): written at its start, its end is ahead. */
const TITLE_SPAN = /((?:19|20)\d{2})\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年/;
const PUBLISHED = /^\s*(?:(?:发布|发表|更新)?(?:时间|日期):?\s*)?((?:19|20)\d{2})(?:[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|年\d{1,2}月\d{1,2}日(?=\s*(?:\d{1,2}:\d{2}|来源|作者|浏览|点击|编辑|$)))/m;
const PLAN_EXCEPT = /完成|成效|成绩|情况|做法|回顾|基本要求/;

function headingLevel(line: string): number {
  // an appendix (附表, 附件) closes every section before it
  if (/^[一二三四五六七八九十]+、|^附[表件录]/.test(line)) return 1;
  if (/^[(（][一二三四五六七八九十]+[)）]/.test(line)) return 2;
  if (/^\d+[、.．]/.test(line)) return 3;
  return 4;
}

function headingsOf(norm: string, start: number, end: number): Heading[] {
  const out: Heading[] = [];
  let pos = start;
  while (pos < end) {
    const nl = norm.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    const line = norm.slice(pos, lineEnd);
    if (HEADING_START.test(line)) {
      // the heading is the line's first sentence: list items often run on into their paragraph
      const head = line.split(/[。:;,]/, 1)[0]!.slice(0, 40);
      const words = head.replace(HEADING_START, '').replace(/^(?:(?:19|20)\d{2}年度?)/, '');
      const y = head.match(TITLE_YEAR);
      out.push({
        pos, level: headingLevel(line), year: y ? Number(y[1]) : null, yearText: y ? y[1]! : null,
        plan: PLAN_HEADING.test(words) && !PLAN_EXCEPT.test(words) && !ACTION_HEADING.test(words),
        status: STATUS_HEADING.test(words),
      });
    }
    pos = lineEnd + 1;
  }
  return out;
}

/** Headings that contain position pos (its section, the section above it …), nearest first. */
export function ancestors(doc: DocumentInfo, pos: number): Heading[] {
  const before = doc.headings.filter((h) => h.pos <= pos);
  const out: Heading[] = [];
  let level = Infinity;
  for (let k = before.length - 1; k >= 0; k--) {
    const h = before[k]!;
    if (h.level < level) { out.push(h); level = h.level; }
  }
  return out;
}

function titleOf(lines: string[], label: string | null, rest: string): string {
  if (label && rest.trim()) return rest.trim();
  // a line that ends a sentence (…到2027年实现….) is body text, not a title
  const candidates = lines.map((l) => l.trim()).filter((l) => l.length >= 4 && l.length <= 60 && !FURNITURE.test(l) && !/[。!?]$/.test(l));
  return candidates.find((l) => TITLE_WORDS.test(l)) ?? candidates.find((l) => l.length >= 8) ?? candidates[0] ?? '';
}

function writtenBetween(text: string): { from: number | null; by: number | null } {
  let from: number | null = null;
  let by: number | null = null;
  for (const [re, lo, hi] of ERA_HINTS) {
    if (!re.test(text)) continue;
    from = from === null ? lo : Math.max(from, lo);
    if (hi !== null) by = by === null ? hi : Math.min(by, hi);
  }
  // names from different eras (an old ministry cited in a new text): the text cannot be dated this way
  if (from !== null && by !== null && from > by) by = null;
  return { from, by };
}

export function splitDocuments(view: TextView, places: PlaceName[]): DocumentInfo[] {
  const { norm } = view;
  const starts: { pos: number; label: string | null; rest: string }[] = [];
  let pos = 0;
  while (pos <= norm.length) {
    const nl = norm.indexOf('\n', pos);
    const lineEnd = nl === -1 ? norm.length : nl;
    const m = norm.slice(pos, lineEnd).match(DOCUMENT_MARKER);
    if (m) {
      const printed = view.text.slice(view.origin[pos + m[0].indexOf(m[1]!)]!, view.origin[pos + m[0].indexOf(m[1]!) + m[1]!.length - 1]! + 1);
      starts.push({ pos, label: printed, rest: norm.slice(pos + m[0].length, lineEnd) });
    }
    pos = lineEnd + 1;
  }
  if (starts.length === 0 || starts[0]!.pos > 0) {
    // text before the first marker (a site's header, or the only document)
    if (starts.length === 0 || norm.slice(0, starts[0]!.pos).trim()) starts.unshift({ pos: 0, label: null, rest: '' });
    else starts[0]!.pos = 0;
  }
  return starts.map((s, index) => {
    const end = index + 1 < starts.length ? starts[index + 1]!.pos : norm.length;
    const body = norm.slice(s.pos, end);
    const lines = body.split('\n').slice(0, 8);
    const title = titleOf(lines, s.label, s.rest);
    const titleStart = s.pos + Math.max(0, body.indexOf(title));
    const y = title.match(TITLE_YEAR);
    const era = writtenBetween(body);
    const signed = body.match(/^\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日\s*$/m) ?? lines.join('\n').match(PUBLISHED)
      ?? lines.join('\n').match(DOC_NUMBER) ?? title.match(TITLE_SPAN);
    return {
      index, label: s.label, title, titleStart, start: s.pos, end,
      place: findPlace(view, s.pos, end, title, places),
      year: y ? Number(y[1]) : null, yearText: y ? y[1]! : null,
      dateYear: signed ? Number(signed[1]) : y ? Number(y[1]) : null,
      writtenFrom: era.from, writtenBy: era.by,
      policy: POLICY_TITLE.test(title),
      headings: headingsOf(norm, s.pos, end),
    };
  });
}
