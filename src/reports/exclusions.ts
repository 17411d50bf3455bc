/**
 * Numbers that have a measure word but are still not workforce figures: ordinals and ranks (第五, 前三名), rates per
 * unit (每5年), numbers inside names of programmes and documents (“313人才”, 万名医师支援农村卫生工程, 《…》), and
 * statistics about patients, the public, money or firms that are not the health workforce. Each rule returns its
 * reason, so a test can say why a number was left out.
 */
import type { Counter } from './counters.ts';
import type { NumberToken } from './numbers.ts';
import { MONEY_WORDS, NOT_PROGRAMME, NOT_WORKFORCE, PER_POPULATION, PROGRAMME_CONTEXT, RATIO_CONTEXT, SHARE_OF_COUNT, TRAINING_CONTEXT, WORKFORCE_WORDS } from './lexicon.ts';

const QUOTES: [string, string][] = [['“', '”'], ['《', '》'], ['「', '」'], ['『', '』'], ['【', '】'], ['"', '"']];
/** A name in quotes is at most this long; longer quoted text is speech, whose figures count. */
const NAME_MAX = 20;
const PROGRAMME = /^(?:[\u4e00-\u9fa5]{0,14}?)(?:工程|计划|行动|活动|项目|人才)/;
const ROUND_NUMERAL = /^(?:一)?[十百千万]$/;

/** Is view index i inside a short quoted name (“三支一扶”, 《XX市“十二五”人才发展规划》)? */
function insideName(norm: string, i: number, clause: { start: number; end: number }): boolean {
  const from = Math.max(0, clause.start - 60);
  for (const [open, close] of QUOTES) {
    let o = i - 1;
    while (o >= from && norm[o] !== open) o--;
    if (o < from) continue;
    const c = norm.indexOf(close, open === close ? o + 1 : i);
    if (c < i) continue;
    // a name closed before the number (评出“云溪名医”10名、“优秀乡村医生”20名): the number is outside it
    if (open !== close && norm.lastIndexOf(close, i - 1) > o) continue;
    if (open === close && (c < 0 || o === c)) continue;
    const inner = norm.slice(o + 1, c);
    if (c - o - 1 <= NAME_MAX && !inner.includes('\n') && (open === '《' || !/[。,，]/.test(inner))) return true;
  }
  return false;
}

export interface ExclusionContext {
  norm: string;
  token: NumberToken;
  counter: Counter;
  clause: { start: number; end: number };
  /** The clause and the one before it in the sentence, for the words that make money or a rate a workforce figure. */
  context: string;
  subject: string;
  /** A count of people was read earlier in the same sentence, one or two clauses before (…60岁以上的71人，占29.6%). */
  afterCount: boolean;
  /** For a table's cell: its title and column header, which say what the table is about. */
  table: string | null;
}

export function exclusionReason(x: ExclusionContext): string | null {
  const { norm, token, counter, clause } = x;
  const before = norm[token.start - 1] ?? '';
  const after = norm[counter.end] ?? '';
  if (before === '第') return 'ordinal';
  if (before === '每') return 'per unit (每…)';
  if (before === '/' && token.chinese) return 'the basis of a rate (人/千人)';
  if (/[A-Za-z]/.test(before) || (/[A-Za-z]/.test(norm[token.end] ?? '') && !token.percent)) return 'part of a code (letters around it)';
  if ((before === '前' || before === '后') && counter.unit === 'persons' && norm[token.end] === '名') return 'rank (前三名)';
  if (token.chinese && token.value === 1 && counter.unit === 'persons' && after === '一') return 'idiom (一人一档)';
  if (insideName(norm, token.start, clause)) return 'inside a quoted name or title';
  if (token.chinese && ROUND_NUMERAL.test(norm.slice(token.start, token.end)) && PROGRAMME.test(norm.slice(counter.nounStart, counter.nounStart + 20))) {
    return 'inside a programme name (万名医师支援农村卫生工程)';
  }
  if (x.table !== null && (NOT_WORKFORCE.test(x.table) || !WORKFORCE_WORDS.test(`${x.table}${norm.slice(clause.start, clause.end)}`))) {
    return 'a table of something other than the workforce';
  }
  if (counter.unit === 'ratio' && !RATIO_CONTEXT.test(x.context)) return 'not a ratio (a time or score)';
  // what the money, rate or project is about is said in its own clause; the words that make it a workforce figure may be one clause earlier
  const own = norm.slice(clause.start, clause.end);
  if (counter.needsTraining && !TRAINING_CONTEXT.test(x.context)) return 'sessions of something other than training';
  if (counter.needsProgramme && (!PROGRAMME_CONTEXT.test(own) || NOT_PROGRAMME.test(own))) return 'projects other than training (research, techniques)';
  if (counter.unit === 'yuan' || (counter.bare && MONEY_WORDS.test(x.context))) {
    if (!MONEY_WORDS.test(x.context) || NOT_WORKFORCE.test(own)) return 'money that does not pay the workforce';
    return null;
  }
  if (counter.bare && !WORKFORCE_WORDS.test(x.context)) return 'an amount of something other than people';
  if (counter.unit === 'percent' || counter.unit === 'percentage-points') {
    if (NOT_WORKFORCE.test(own)) return 'a rate of something other than the workforce';
    // a share or rate right after a count of staff is about those staff (…通过71人，通过率60.2%)
    if (!WORKFORCE_WORDS.test(x.context) && x.table === null && !(x.afterCount && SHARE_OF_COUNT.test(norm.slice(clause.start, token.start)))) {
      return 'a rate of something other than the workforce';
    }
    return null;
  }
  // staff per population (每千常住人口执业医师2.91人) is a workforce rate, whatever the population is called
  if (PER_POPULATION.test(norm.slice(clause.start, token.start))) return null;
  if (NOT_WORKFORCE.test(x.subject) || NOT_WORKFORCE.test(norm.slice(clause.start, counter.end))) return 'people who are not the health workforce';
  return null;
}
