/**
 * The place a document is about, as printed: the issuer before 关于 in its title (杭州关于…), else the place the
 * document names most often among masked places (XX市, ××县 — kept masked, never guessed), counties after their
 * province (安徽泗县), places before their bureau or hospital (泗县卫健委, 沧州市人民政府) and new districts
 * (沧州渤海新区); else its own 我县 / 本市 / 全县. Province names come from the vocabulary (data/vocab/geographies.csv).
 */
import type { TextView } from './view.ts';

export interface PlaceName { alias: string; code: string }

const SUFFIX = '(?:省|市|县|区|旗|州|盟)';
const MASKED = new RegExp(`(?:XX|xx|××|\\*\\*|○○|某某|某|X)${SUFFIX}`, 'g');
const BUREAU = new RegExp(`${SUFFIX}(?:卫生局|卫健委|卫生健康委|卫生健康局|卫计委|卫生和计划生育|卫生系统|卫健系统|人民政府|政府|人民医院|中医院|疾控|妇幼|卫生院)`, 'g');
const DISTRICT = /新区/g;
/** Characters that end the words before a place name (依据沧州市…, 由县卫生局…): the name starts after them. */
const BOUNDARY = /[^\u4e00-\u9fa5]|[的在由对与和及据经向从按各全我本该其等到并报审核为于是将把被给共年月日市省县区、]/;
const ISSUER = /^([\u4e00-\u9fa5]{2,8}?)关于/;
const ORGAN = /局|委|部|办|院|厅|会|府|中共|党/;
const OWN = [/我(?:县|市|区|省|州|旗)/, /本(?:县|市|区|省)/, /全(?:县|市|区)/];

const compiled = new WeakMap<PlaceName[], RegExp>();
/** One pattern for every province name followed by a county or city, compiled once per vocabulary. */
function afterProvince(provinces: PlaceName[]): RegExp {
  let re = compiled.get(provinces);
  if (!re) {
    const names = [...new Set(provinces.map((p) => p.alias))].sort((a, b) => b.length - a.length);
    re = new RegExp(`(?:${names.join('|')})省?([\\u4e00-\\u9fa5]{1,3}?${SUFFIX})`, 'g');
    compiled.set(provinces, re);
  }
  return re;
}

/** The name that ends at view index `end` (exclusive of its suffix at `end`): up to four characters after a boundary. */
function nameBefore(body: string, suffixAt: number): number | null {
  let k = suffixAt;
  while (k > 0 && suffixAt - k < 4 && !BOUNDARY.test(body[k - 1]!)) k--;
  if (suffixAt - k === 4 && k > 0 && !BOUNDARY.test(body[k - 1]!)) return null; // no boundary in reach: a phrase, not a name
  return suffixAt - k >= 1 ? k : null;
}

export function findPlace(view: TextView, start: number, end: number, title: string, provinces: PlaceName[]): string | null {
  const body = view.norm.slice(start, end);
  const printed = (i: number, len: number) => view.text.slice(view.origin[start + i]!, view.origin[start + i + len - 1]! + 1);

  const issuer = title.match(ISSUER)?.[1];
  if (issuer && !ORGAN.test(issuer)) {
    const i = body.indexOf(issuer);
    if (i >= 0) return printed(i, issuer.length);
  }
  const found = new Map<string, { at: number; n: number }>();
  const note = (at: number, len: number) => {
    const name = body.slice(at, at + len);
    const f = found.get(name);
    if (f) f.n++;
    else found.set(name, { at, n: 1 });
  };
  for (const m of body.matchAll(MASKED)) note(m.index!, m[0].length);
  // a county or city right after its province: 安徽泗县, 湖南省澧县
  if (provinces.length) for (const m of body.matchAll(afterProvince(provinces))) note(m.index! + m[0].length - m[1]!.length, m[1]!.length);
  for (const m of body.matchAll(BUREAU)) {
    const k = nameBefore(body, m.index!);
    if (k !== null && (m.index! - k >= 2 || body[m.index!] === '县')) note(k, m.index! - k + 1);
  }
  for (const m of body.matchAll(DISTRICT)) {
    let k = m.index!;
    while (k > 0 && m.index! - k < 6 && !BOUNDARY.test(body[k - 1]!)) k--;
    if (m.index! - k >= 2) note(k, m.index! - k + 2);
  }
  // a name is counted wherever it is printed, not only where a rule found it
  for (const [name, f] of found) f.n = body.split(name).length - 1;
  const best = [...found.entries()].sort((a, b) => b[1].n - a[1].n || a[1].at - b[1].at)[0];
  if (best) return printed(best[1].at, best[0].length);
  for (const re of OWN) {
    const m = body.match(re);
    if (m) return printed(m.index!, m[0].length);
  }
  return null;
}
