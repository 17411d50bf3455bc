/**
 * What a number counts, read from the measure word after it (人, 名, 人次, 个培训班, 项, 元, %). A number with no
 * such word (a date, a year, a duration, an age, an ordinal, list numbering, a document number) is not a figure:
 * only these measure words make one. Qualifiers around the number (近, 余, 多, 以上, 至少, 不少于) are read here too.
 */
import type { FigureUnit } from './types.ts';
import type { NumberToken } from './numbers.ts';
import { PREFIX_WORDS, SUFFIX_WORDS } from '../lib/qualifiers.ts';
import { wordBefore } from './lexicon.ts';

export interface Counter {
  unit: FigureUnit;
  /** View index just after the measure word (and any 以上/以下/左右 after it). */
  end: number;
  /** View index where the counted noun may start (after the measure word). */
  nounStart: number;
  /** Sessions counted by 期/场: a figure only where the clause is about training or exams. */
  needsTraining: boolean;
  /** Projects counted by 项: a figure only where its clause is about training or talent (not research or techniques). */
  needsProgramme: boolean;
  /** A bare 万/亿 amount (经费2-3万): money or persons, by its clause. */
  bare: boolean;
  /** Where qualifiers after the number are printed (580余名, 200名以上, 580余名以上), in the view. */
  suffixQualifiers: Span[];
}

/** A stretch of the view. */
export interface Span { start: number; end: number }

/** Nouns after 个 that make a count of something the workforce does or fills. */
const GE_NOUNS: [RegExp, FigureUnit][] = [
  [/^(?:培训班|培训|班次|班|学习班|进修班)/, 'sessions'],
  [/^(?:项目|课题)/, 'projects'],
  [/^(?:团队|工作室)/, 'teams'],
  [/^(?:岗位|职位|编制|空编|空岗)/, 'positions'],
  [/^百分点/, 'percentage-points'],
];

const inWord = (q: string, before: string | undefined): boolean => before !== undefined && wordBefore(q).includes(before);

/** Where the qualifier just before the number is printed (近50位, 至少有1名 → 至少), or null. */
export function prefixQualifier(norm: string, start: number): Span | null {
  for (const q of PREFIX_WORDS) {
    // 至少有1名, 不少于有 … : one verb may stand between
    for (const at of [start - q.length, ...(/[有达为是]/.test(norm[start - 1] ?? '') ? [start - q.length - 1] : [])]) {
      if (at >= 0 && norm.startsWith(q, at) && !inWord(q, norm[at - 1])) return { start: at, end: at + q.length };
    }
  }
  return null;
}

function small(token: NumberToken): boolean {
  return token.chinese && token.value <= 2;
}

export function readCounter(norm: string, token: NumberToken): Counter | null {
  let p = token.end;
  const suffixes: Span[] = [];
  if (norm[p] === '余' || norm[p] === '多') { suffixes.push({ start: p, end: p + 1 }); p++; }
  const at = (s: string) => norm.startsWith(s, p);
  const make = (unit: FigureUnit, len: number, extra: Partial<Counter> = {}): Counter => {
    let end = p + len;
    const q = SUFFIX_WORDS.find((w) => norm.startsWith(w, end));
    if (q) { suffixes.push({ start: end, end: end + q.length }); end += q.length; }
    return { unit, end, nounStart: end, needsTraining: false, needsProgramme: false, bare: false, suffixQualifiers: suffixes, ...extra };
  };
  if (token.ratio) return make('ratio', 0);
  if (token.percent) return make('percent', 0);
  if (at('人次') || at('人·次')) return make('person-times', at('人次') ? 2 : 3);
  // 3.12人/千人, 2.3名/万人口: a rate with its basis printed after it
  const per = /^[人名]\/(千|万)(?:常住|户籍)?(?:人口|人)?/.exec(norm.slice(p, p + 9));
  if (per) return make(per[1] === '千' ? 'per-1000-population' : 'per-10000-population', per[0].length);
  if (at('人') && !/[才口民群们均工物事]/.test(norm[p + 1] ?? '')) return make('persons', 1);
  if (at('名') && !/[额单称义誉列胜牌片]/.test(norm[p + 1] ?? '')) return make('persons', 1);
  if (at('位') && !/[数置于列次居]/.test(norm[p + 1] ?? '')) return make('persons', 1);
  if (at('元')) return make('yuan', 1);
  if (at('个')) {
    const rest = norm.slice(p + 1, p + 6);
    if (/^人/.test(rest)) return make('persons', 2);
    // the noun after 个 (10余个培训班), or before the number when none follows (专家团队5个)
    const before = /^[\u4e00-\u9fa5]/.test(rest) ? '' : norm.slice(Math.max(0, token.start - 4), token.start).replace(/^.*?(?=培训班|学习班|进修班|项目|课题|团队|工作室|岗位|职位|编制|空编|空岗)/, '');
    for (const [re, unit] of GE_NOUNS) {
      if (!(re.test(rest) || (before && re.test(before))) || (small(token) && unit !== 'percentage-points')) continue;
      // 个百分点: 百分点 is the unit, not what is counted
      return make(unit, unit === 'percentage-points' && re.test(rest) ? '个百分点'.length : 1);
    }
    return null;
  }
  if (at('次')) return small(token) ? null : make('sessions', 1);
  if (at('期') || at('场')) return small(token) || /^第/.test(norm.slice(token.start - 1, token.start)) ? null : make('sessions', 1, { needsTraining: true });
  if (at('项')) return token.chinese && token.value < 10 && suffixes.length === 0 ? null : make('projects', 1, { needsProgramme: true });
  if (token.multiplied && !token.percent) return make('persons', 0, { bare: true });
  return null;
}
