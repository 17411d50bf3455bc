/**
 * Numbers as printed in running Chinese text: Arabic (with thousands separators and decimals, full-width already
 * folded by the view), Chinese numerals (三十万, 两, 一千二百), mixed (1.5万, 30多万), percentages (89.4%, 百分之五,
 * and tenths: 三成 is 30%),
 * ranges (2-9万: 万 applies to both ends; 75%-80%; 三至五) and ratios (1:1, 1︰2-1︰5). Pure functions on the view.
 */

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
export const CN_NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千万亿]/;
const CN_RUN = /[零〇一二两三四五六七八九十百千万亿]+/y;
const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const MULTIPLIER = /千万|百万|万|亿|千/y;
const MULTIPLIER_VALUE: Record<string, number> = { 千万: 1e7, 百万: 1e6, 万: 1e4, 亿: 1e8, 千: 1e3 };
const RANGE_SEP = /-|~|至|到/y;
/**
 * 成 after a digit is tenths as a share (三成, 3.5成, 两至三成), unless it starts a word (一成不变, 三成员, 九成熟).
 */
const TENTHS = /成(?![立为功果效绩本员熟长型交品就套都不])/y;
/** Characters that make a word with the numeral after them (统一, 唯一, 同一, 之一, 万一 …). */
const CN_WORD_BEFORE = /[统唯单同初之每逐专划不万]/;

/** The value of a Chinese numeral (三十万 → 300000, 两 → 2, 一万二 → 12000), or null when it is not one number (十二五, 一二). */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let lastBig = Infinity;
  let afterZero = false;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit !== null) return null;
      if (CN_DIGIT[ch] === 0) { afterZero = true; continue; }
      digit = CN_DIGIT[ch]!;
    } else if (ch in CN_UNIT) {
      const u = CN_UNIT[ch]!;
      if (u >= lastUnit) return null;
      if (digit === null && (section > 0 || u !== 10)) {
        if (section > 0 || total > 0) return null;
        if (u !== 10) digit = 1; // 百名, 千人: one hundred, one thousand
      }
      section += (digit ?? 1) * u;
      lastUnit = u;
      digit = null;
      afterZero = false;
    } else if (ch in CN_BIG) {
      const b = CN_BIG[ch]!;
      if (b >= lastBig) return null;
      section += digit ?? 0;
      total += (section || 1) * b;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      lastBig = b;
      afterZero = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // 一万二 = 12000, 三百五 = 350: a trailing digit counts in the unit below the last one
    if (!afterZero && lastUnit !== Infinity && lastUnit > 10) section += digit * (lastUnit / 10);
    else if (!afterZero && lastUnit === Infinity && lastBig !== Infinity && total > 0) section += digit * (lastBig / 10);
    else section += digit;
  }
  return total + section;
}

export interface NumberToken {
  /** Span in the view. */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  chinese: boolean;
  percent: boolean;
  ratio: boolean;
  /** 万/亿 printed with it (2-3万, 1.5万): a bare 万 figure is money or persons by its context. */
  multiplied: boolean;
  /** 多/余 printed between the digits and 万 (30多万). */
  innerQualifier: string | null;
}

function sticky(re: RegExp, s: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/** Exact scaling: 1.5 × 10 000 without binary drift. */
const scale = (digits: string, factor: number): number => Number((Number(digits) * factor).toPrecision(15));

interface Single {
  start: number; end: number; value: number; chinese: boolean; percent: boolean; multiplied: boolean; inner: string | null;
  /** Printed as tenths (三成): value is the percentage, base the tenths. */
  tenths: boolean;
  /** The printed number before its multiplier ("2" of 2万, 三 of 三万) and the multiplier (10 000), for ranges. */
  base: number; factor: number;
}

function readSingle(s: string, i: number, allowChinese: boolean): Single | null {
  const arabic = sticky(ARABIC, s, i);
  if (arabic) {
    const digits = arabic.replace(/,/g, '');
    let j = i + arabic.length;
    let inner: string | null = null;
    let factor = 1;
    const q = s[j] === '多' || s[j] === '余' ? s[j]! : null;
    const mult = sticky(MULTIPLIER, s, j + (q ? 1 : 0));
    if (mult) { inner = q; factor = MULTIPLIER_VALUE[mult]!; j += (q ? 1 : 0) + mult.length; }
    const percent = s[j] === '%';
    if (percent) j++;
    const single = { start: i, end: j, value: scale(digits, factor), chinese: false, percent, multiplied: factor > 1, inner, base: Number(digits), factor, tenths: false };
    return percent || factor > 1 ? single : asTenths(s, single);
  }
  if (!allowChinese) return null;
  if (s.startsWith('百分之', i)) {
    const inner = readSingle(s, i + 3, true);
    if (!inner || inner.percent) return null;
    return { ...inner, start: i, percent: true };
  }
  const run = sticky(CN_RUN, s, i);
  if (!run) return null;
  const value = parseChineseNumeral(run);
  if (value === null) return null;
  const big = run.length > 1 && /[万亿]$/.test(run) ? CN_BIG[run.slice(-1)]! : 1;
  const single = { start: i, end: i + run.length, value, chinese: true, percent: false, multiplied: /[万亿]/.test(run), inner: null, base: value / big, factor: big, tenths: false };
  return single.multiplied ? single : asTenths(s, single);
}

/** The number as a share in tenths when 成 follows it (三成 → 30%, of up to ten tenths); else as it is. */
function asTenths(s: string, n: Single): Single {
  if (n.value <= 0 || n.value > 10 || sticky(TENTHS, s, n.end) === null) return n;
  return { ...n, end: n.end + 1, value: scale(String(n.value), 10), percent: true, tenths: true };
}

/** The number that starts at view index i, with a range or ratio that continues it; null when none starts there. */
export function readNumber(s: string, i: number): NumberToken | null {
  const ch = s[i];
  if (ch === undefined) return null;
  if (CN_NUMERAL_CHAR.test(ch) && i > 0 && CN_WORD_BEFORE.test(s[i - 1]!)) return null;
  const a = readSingle(s, i, true);
  if (!a) return null;
  // ratio 1:1, 1:2-1:5 (colons folded by the view)
  if (!a.chinese && !a.percent && !a.multiplied && s[a.end] === ':' && /\d/.test(s[a.end + 1] ?? '')) {
    const b = readSingle(s, a.end + 1, false);
    if (b && !b.percent && !b.multiplied) {
      let end = b.end;
      let valueMax: number | null = null;
      if (s[end] === '-' && /\d/.test(s[end + 1] ?? '')) {
        const c = readSingle(s, end + 1, false);
        if (c && s[c.end] === ':' && c.value === a.value) {
          const d = readSingle(s, c.end + 1, false);
          if (d && d.value > b.value) { valueMax = d.value / c.value; end = d.end; }
        }
      }
      return { start: i, end, value: b.value / a.value, valueMax, chinese: false, percent: false, ratio: true, multiplied: false, innerQualifier: null };
    }
  }
  const sep = sticky(RANGE_SEP, s, a.end);
  if (sep && !a.inner) {
    const b = readSingle(s, a.end + sep.length, a.chinese);
    if (b && b.chinese === a.chinese && !b.inner) {
      // 2-9万 / 75-80% / 两至三成: the multiplier, percent sign or 成 of the upper end applies to both ends
      const low = a.factor === 1 && b.factor > 1 ? scale(String(a.base), b.factor) : b.tenths && !a.percent ? scale(String(a.value), 10) : a.value;
      const samePercent = a.percent === b.percent || (!a.percent && b.percent);
      const sameScale = a.multiplied === b.multiplied || (!a.multiplied && b.multiplied);
      if (samePercent && sameScale && b.value > low) {
        return { start: i, end: b.end, value: low, valueMax: b.value, chinese: a.chinese, percent: b.percent, ratio: false, multiplied: b.multiplied, innerQualifier: null };
      }
    }
  }
  return { start: i, end: a.end, value: a.value, valueMax: null, chinese: a.chinese, percent: a.percent, ratio: false, multiplied: a.multiplied, innerQualifier: a.inner };
}
