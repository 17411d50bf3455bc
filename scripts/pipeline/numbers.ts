/**
 * Reading a number as printed in a published table or text: full-width digits, thousands separators,
 * decimal commas, 万/亿 and "thousand/million" multipliers, footnote markers, qualifiers such as 约/超过/nearly,
 * the markers that mean "no figure" (blank, —, …), and ranges such as published targets (2-3, 2～3, 2至3).
 */
import type { Qualifier as PrintedCode } from '../../src/contract/schema.ts';
import { QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES } from '../../src/lib/qualifiers.ts';
import { normaliseText } from './text.ts';

export type Qualifier = 'approximate' | 'lower_bound' | 'upper_bound';

/** What the print says about the figure: about / nearly / more than / at least / less than / up to (labels: vocab domain 'qualifier'). */
export type QualifierCode = PrintedCode;

/** A qualifier as printed ("超过", "余", "nearly"), what it means, and the flag the precedence rules read. */
export interface PrintedQualifier { code: QualifierCode; printed: string; flag: Qualifier }

const FLAG: Record<QualifierCode, Qualifier> = {
  about: 'approximate', nearly: 'approximate', more_than: 'lower_bound', at_least: 'lower_bound', less_than: 'upper_bound', up_to: 'upper_bound',
};

/** One printed figure's digits (e.g. "1069.4") and how many decimals were printed (the rounding it carries). */
export interface NumberPart { digits: string; decimals: number }

export type ParsedNumber =
  | { kind: 'missing' }
  | ({ kind: 'number'; exponent: number; qualifiers: Qualifier[]; printedQualifiers: PrintedQualifier[] } & NumberPart)
  | { kind: 'range'; low: NumberPart; high: NumberPart; exponent: number; qualifiers: Qualifier[]; printedQualifiers: PrintedQualifier[] }
  | { kind: 'error'; reason: string };

const PLAIN = /^-?\d+(?:\.\d+)?$/;
const MISSING = new Set(['', '-', '--', '—', '——', '─', '──', '...', '…', '……', '/', 'n/a', 'na', '..', 'x', '×']);

/** Small numbers written as words in English news text ("about four"). */
const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };
/** a-b with any dash, tilde (～ arrives as ~ after NFKC; 〜 does not), 至 or 到; a multiplier after b applies to both (1-2万). */
const RANGE = /^(-?\d+(?:\.\d+)?)\s*(?:-|~|〜|—|至|到)\s*(\d+(?:\.\d+)?)$/;
const MULTIPLIERS: [RegExp, number][] = [
  [/\s*(亿)$/, 8],
  [/\s*(万)$/, 4],
  [/\s*(千)$/, 3],
  [/\s*(billion|bn)$/i, 9],
  [/\s*(million|mln|mio\.?)$/i, 6],
  [/\s*(thousand)$/i, 3],
];

/**
 * Parse one printed value. `exponent` is the power of ten of any multiplier word (万 → 4), kept apart from the
 * digits so that the canonical value can be formed exactly (Number("1069.4e4") = 10694000).
 */
export function parsePublishedNumber(printed: string): ParsedNumber {
  // most cells are plain ASCII numbers, which every rule below leaves as they are
  if (PLAIN.test(printed)) return { kind: 'number', digits: printed, exponent: 0, decimals: decimalsOf(printed), qualifiers: [], printedQualifiers: [] };
  let s = normaliseText(printed);
  // footnote markers glued to a value: 12.3*, 45#, 67注1, 8.9a)
  s = s.replace(/(\s*(\*+|#+|注\s*\d*|\(?[a-e]\)))+$/i, '').replace(/^[*#]+/, '').trim();
  if (MISSING.has(s.toLowerCase())) return { kind: 'missing' };
  const printedQualifiers: PrintedQualifier[] = [];
  const qualify = (code: QualifierCode | null, printed: string) => { if (code) printedQualifiers.push({ code, printed: printed.trim(), flag: FLAG[code] }); };
  let changed = true;
  while (changed) {
    changed = false;
    for (const [re, q] of QUALIFIER_PREFIXES) {
      const m = s.match(re);
      if (m) { s = s.slice(m[0].length).trim(); qualify(q, m[0]); changed = true; }
    }
  }
  let exponent = 0;
  for (const [re, e] of MULTIPLIERS) if (re.test(s)) { s = s.replace(re, '').trim(); exponent = e; break; }
  for (const [re, q] of QUALIFIER_SUFFIXES) {
    const m = s.match(re);
    if (m) { s = s.slice(0, m.index).trim(); qualify(q, m[0]); }
  }
  if (NUMBER_WORDS[s.toLowerCase()]) s = NUMBER_WORDS[s.toLowerCase()]!;
  s = s.replace(/(\d)\u00b7(\d)/, '$1.$2'); // a decimal point printed as a middle dot (2·04)
  const qualifiers = [...new Set(printedQualifiers.map((q) => q.flag))];
  if (exponent === 0) for (const [re, e] of MULTIPLIERS) if (re.test(s)) { s = s.replace(re, '').trim(); exponent = e; break; }
  // ratio printed as 1:x (e.g. 医护比 1:1.2) → x
  const ratio = s.match(/^1\s*:\s*(\d+(?:\.\d+)?)$/);
  if (ratio) s = ratio[1];
  const range = s.match(RANGE);
  if (range) {
    const [low, high] = [range[1], range[2]].map((digits) => ({ digits, decimals: decimalsOf(digits) }));
    if (Number(low.digits) > Number(high.digits)) return { kind: 'error', reason: `a range whose lower end is above its upper end ("${printed}")` };
    return { kind: 'range', low, high, exponent, qualifiers, printedQualifiers };
  }
  let digits: string;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) digits = s.replace(/,/g, ''); // thousands separators
  else if (/^-?\d{1,3}( \d{3})+(\.\d+)?$/.test(s)) digits = s.replace(/ /g, ''); // space-separated thousands
  else if (/^-?\d+,\d{1,2}$/.test(s)) digits = s.replace(',', '.'); // decimal comma (e.g. "29,9"); 3 digits after a comma read as thousands
  else if (/^-?\d+(\.\d+)?$/.test(s)) digits = s;
  else if (/^-?\.\d+$/.test(s)) digits = s.replace('.', '0.');
  else return { kind: 'error', reason: `not a number: "${printed}"` };
  return { kind: 'number', digits, exponent, decimals: decimalsOf(digits), qualifiers, printedQualifiers };
}

function decimalsOf(digits: string): number {
  return digits.includes('.') ? digits.split('.')[1].length : 0;
}

/** Exact canonical value: digits × 10^(exponent + unitExponent). */
export function scaled(digits: string, exponent: number): number {
  return Number(`${digits}e${exponent}`);
}

/** Half a unit in the last printed place, in canonical units: two printings of one figure agree within this. */
export function roundingTolerance(decimals: number, exponent: number): number {
  return 0.5 * Math.pow(10, exponent - decimals);
}
