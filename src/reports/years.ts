/**
 * The year of a figure, as printed, and whether it can be right. A year printed earlier in the figure's sentence
 * applies (2021年度，…10人，…14人); else 今年 / 去年 count from the document's year; a vague period (近年来) gives
 * none; else the year of the section heading, else the document's. A year is implausible when a printed range
 * ends where it starts (2024-2024年), when it lies far beyond the years the document can have been written in (a
 * text guided by 十七大 with a target for 2024), or when a report of a year counts later years as done.
 */
import type { YearFlag } from './types.ts';
import { VAGUE_PERIOD } from './lexicon.ts';
import { ancestors, type DocumentInfo } from './documents.ts';

export interface YearMention { start: number; end: number; from: number; to: number; text: string }

const YEAR_RE = /((?:19|20)\d{2})年?\s*(?:-|~|至|到)\s*((?:19|20)\d{2})年|((?:19|20)\d{2})年|([〇零一二三四五六七八九]{4})年/g;
const CN_DIGITS = '〇一二三四五六七八九';
const RELATIVE: [RegExp, number][] = [[/今年|本年|当年|本年度/, 0], [/去年|上年|上一年/, -1], [/明年|下一年/, 1]];
/** The base a figure is compared with (较上年增长, 比2018年增加, 与2018年相比): not the year the figure is of. */
const BASE_YEAR = '(?:(?:19|20)\\d{2}年|去年|上年|上一年)(?:同期|底|末)?';
const COMPARED_WITH = new RegExp(`(?:较|比|同比)${BASE_YEAR}|(?:与|和|同|跟)${BASE_YEAR}(?:同期)?(?:相比|比较)`, 'g');
/** A change from a year's figure to another (由2020年的18.5%提高到31.2%): the year is the start's, not the end's. */
const CHANGE_FROM = new RegExp(`(?:由|从)${BASE_YEAR}的?`, 'g');
const CHANGE_TO = /\d[^，,；;。]*?(?:到|至)/;

function cnYear(s: string): number {
  return Number([...s].map((c) => (c === '零' ? 0 : CN_DIGITS.indexOf(c))).join(''));
}

/** Years printed in norm[start, end), outside 《titles》 and 〔document numbers〕. */
export function yearMentions(norm: string, start: number, end: number): YearMention[] {
  const slice = norm.slice(start, end);
  const out: YearMention[] = [];
  let depth = 0;
  const inside: boolean[] = [];
  for (const c of slice) { if (c === '《' || c === '〔' || c === '[') depth++; inside.push(depth > 0); if ((c === '》' || c === '〕' || c === ']') && depth > 0) depth--; }
  for (const m of slice.matchAll(YEAR_RE)) {
    if (inside[m.index!]) continue;
    const from = m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : cnYear(m[4]!);
    const to = m[2] ? Number(m[2]) : from;
    out.push({ start: start + m.index!, end: start + m.index! + m[0].length, from, to, text: to === from && !m[2] ? String(from) : `${from}-${to}` });
  }
  return out;
}

export interface FigureYear { text: string | null; from: number | null; to: number | null }

/** The year that applies to a figure at view index pos in the sentence [sentenceStart, …). */
export function figureYear(norm: string, sentenceStart: number, pos: number, doc: DocumentInfo): FigureYear {
  const printed = norm.slice(sentenceStart, pos);
  const bases = [...printed.matchAll(COMPARED_WITH)].map((m) => [sentenceStart + m.index, sentenceStart + m.index + m[0].length]);
  // The start of a change dates its own figure only: a figure after its 到/至 is of the year the text is about.
  for (const m of printed.matchAll(CHANGE_FROM)) {
    if (CHANGE_TO.test(printed.slice(m.index + m[0].length))) bases.push([sentenceStart + m.index, sentenceStart + m.index + m[0].length]);
  }
  bases.sort((a, b) => a[0]! - b[0]!);
  const before = yearMentions(norm, sentenceStart, pos).filter((y) => !bases.some(([s, e]) => y.start >= s! && y.end <= e!));
  const last = before[before.length - 1];
  if (last) return { text: last.text, from: last.from, to: last.to };
  // What is left of the sentence without its bases, read for 今年, 去年 …
  const lead = bases.reduceRight((text, [s, e]) => text.slice(0, s! - sentenceStart) + text.slice(e! - sentenceStart), printed);
  for (const [re, shift] of RELATIVE) {
    if (re.test(lead) && doc.year !== null) {
      const y = doc.year + shift;
      return { text: String(y), from: y, to: y };
    }
  }
  if (VAGUE_PERIOD.test(lead)) return { text: null, from: null, to: null };
  const section = ancestors(doc, pos).find((h) => h.year !== null);
  if (section) return { text: section.yearText, from: section.year, to: section.year };
  if (doc.year !== null) return { text: doc.yearText, from: doc.year, to: doc.year };
  return { text: null, from: null, to: null };
}

/** How far past the last year a document can have been written in a year may lie (plans reach further). */
const REACH = { done: 5, target: 10 };

export function yearFlag(y: FigureYear, isTarget: boolean, doc: DocumentInfo): YearFlag {
  if (y.from === null || y.to === null) return 'missing';
  if (y.text?.includes('-') && y.to <= y.from) return 'implausible';
  if (y.from < 1949) return 'implausible';
  if (doc.writtenBy !== null && y.to > doc.writtenBy + (isTarget ? REACH.target : REACH.done)) return 'implausible';
  // a report of a year does not count later years as done
  if (!isTarget && doc.year !== null && y.to > doc.year + 1 && !doc.policy) return 'implausible';
  return 'ok';
}
