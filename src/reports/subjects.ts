/**
 * What a figure counts, in the words of the text, and the vocabulary code it matches. Chinese puts the counted noun
 * right after the measure word (7名干部, 200名社区医护人员) or before the number (高级职称12人, 村卫生室人员192名); the
 * words before are stripped of times, places, adverbs and the verb that says what was done (2012年共培训乡镇卫生院
 * 公共卫生人员 → 乡镇卫生院公共卫生人员).
 */
import type { CodeDomain, ReaderVocab, VocabTerm } from './types.ts';
import { PREFIX_WORDS } from '../lib/qualifiers.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import { MONEY_WORDS, wordBefore } from './lexicon.ts';

/** Words that end a noun phrase after the measure word. */
const POST_STOP = /[,.;:!?。，；：\n()（）《》\d]|中(?=[,:;])|到|赴|在(?![岗职编读])|进行|参加|分批|分别|通过|为|的(?:目标|任务|要求|比例)|给予|从事|来|去|和|与|接受|完成|均|已|被|获得|取得|担任|参与|入选|前往|下派|派驻|外出|走出|进入|充实|加入|达到|达|占|以|按|于|作为|是|等|共|全部|全年|提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|增至|降至|升至/y;
const LEAD = /^(?:[、，,了并及和与(（]|(?:到|至|截至|截止)?(?:19|20)\d{2}年(?:度|底|末)?|[\d一二三四五六七八九十]{1,2}年(?:来|内|间)?|力争|争取|确保|努力|今年|去年|上年|全年|年内|近年来|全县|全市|全区|全省|我县|我市|我区|我局|本县|本市|共计|合计|总计|累计|共有|现有|拥有|共|先后|已经|已|分别|新|再|还|又|均|仅|其中|有|达到|达|为|是|对|向|给|由|从|经|同时|此外|另外|在(?![岗职编读]))+/;
/** A qualifier printed before the number (超过, 约, 近 but not 附近 …) is not part of what is counted. */
const QUALIFIER_WORDS = PREFIX_WORDS.map((w) => `${wordBefore(w) ? `(?<![${wordBefore(w)}])` : ''}${escapeRegExp(w)}`).join('|');
const TRAIL = new RegExp(`(?:共计|合计|总计|共有|共|达到|达|为|有|计|${QUALIFIER_WORDS}|分别|各|总数|人数|的|占总|占|仅|只|比例为|比例|[（(]|(?:由|从)(?:(?:19|20)\\d{2}年|去年|上年)(?:底|末)?|(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小)(?:到|至)|[增降升]至|累计)+$`);
/** The population a rate is per (每万常住人口, 每千人口): the basis of a figure, not what it counts. */
const PER_BASIS = /^每(?:千|万|十万|百)(?:名)?[\u4e00-\u9fa5]{0,4}(?:人口|居民)$/;
/** Verbs after which the counted noun follows (…招聘专业技术人员17人 → 专业技术人员). */
const VERBS = /(?:培训|培养|进修|招聘|录用|招录|招收|招募|聘用(?!人员|职工)|聘请|引进|回引|选派|派出|选送|组织|安排|吸纳|签订|签约|接收|新增|新进|申报参评|参评|申报|举办|完成|考取|取得|拥有|现有|共有|配备|达到|获批|上报|推荐|评选|认定|授予|给予)(?![率费班量期])/g;
const VERB_AT_START = new RegExp(`^(?:${VERBS.source})`);
/** An amount per head and the verb that pays it (每人给予, 每人每月发放). */
const PER_HEAD = /每(?:人|名|位)(?:每(?:年|月))?(?:给予|发放|补助|奖励|享受)?/g;
const MAX = 24;

export interface SubjectSpan { start: number; end: number }

/** The span of the counted noun in the view; pre = [preStart, numberStart), post = from the end of the measure word. */
export function subjectSpan(norm: string, preStart: number, numberStart: number, nounStart: number, clauseEnd: number): SubjectSpan | null {
  // after the measure word: 7名干部到…, 406名晋升…人员分别…
  if (norm[nounStart] === '的') nounStart++; // 2-9万元的生活补贴
  let j = nounStart;
  while (j < clauseEnd && j - nounStart < MAX) {
    POST_STOP.lastIndex = j;
    if (POST_STOP.test(norm)) break;
    // 、 before another figure ends the noun (30万元安家补贴、硕士每人10万元); within one noun it does not (临床类、护理类人员)
    if (norm[j] === '、' && /\d/.test(norm.slice(j, clauseEnd))) break;
    j++;
  }
  const post = norm.slice(nounStart, j);
  // a noun, not only a quoted slogan (580余名“走出去”): the counted noun is then before the number
  if (/[\u4e00-\u9fa5A-Za-z]/.test(post.replace(/[“"「][^”"」]*[”"」]?/g, '')) && /[\u4e00-\u9fa5A-Za-z“"「]/.test(post[0] ?? '')) {
    return { start: nounStart, end: j };
  }

  let pre = norm.slice(preStart, numberStart);
  let s = preStart;
  const lead = pre.match(LEAD);
  if (lead) { s += lead[0].length; pre = pre.slice(lead[0].length); }
  // the noun after the first verb that leaves one: 签订乡村医生定向委托培养医学生 → 乡村医生定向委托培养医学生
  const verb = [...pre.matchAll(VERBS)].find((m) => pre.length - (m.index! + m[0].length) >= 2);
  // 全科医生数达到每万常住人口4人: what the verb leaves is the basis of a rate, not the subject (which is before it)
  if (verb && verb.index! > 0 && PER_BASIS.test(pre.slice(verb.index! + verb[0].length))) {
    const e = s + verb.index!;
    const before = pre.slice(0, verb.index!).replace(TRAIL, '');
    return before ? { start: s, end: Math.min(e, s + before.length) } : null;
  }
  if (verb) {
    const cut = verb.index! + verb[0].length;
    s += cut;
    pre = pre.slice(cut);
    // 申报并举办了区、市继续医学教育项目 → 区、市继续医学教育项目
    for (let changed = true; changed;) {
      changed = false;
      for (const re of [LEAD, VERB_AT_START]) {
        const m = pre.match(re);
        if (m && m[0].length < pre.length) { s += m[0].length; pre = pre.slice(m[0].length); changed = true; }
      }
    }
  }
  // 的博士每人给予安家费, 医学毕业生每人每月发放补贴: what is paid per head is what the amount counts
  const perHead = [...pre.matchAll(PER_HEAD)].pop();
  if (perHead && MONEY_WORDS.test(pre.slice(perHead.index! + perHead[0].length))) {
    s += perHead.index! + perHead[0].length;
    pre = pre.slice(perHead.index! + perHead[0].length);
  }
  const trail = pre.match(TRAIL);
  let e = numberStart;
  if (trail && trail[0].length < pre.length) e -= trail[0].length;
  if (e - s > MAX) s = e - MAX;
  return e > s ? { start: s, end: e } : null;
}

/** What follows a title grade or education level (高级职称, 大专学历); cadres must end the subject. */
const CATEGORY_SUFFIX = /(?:职称|学历|技术职务|职务|文化程度|人员)$/;
/** A coded name inside a longer one (副高级, 正高级 are parts of 高级; 公共卫生人员 is not 卫生人员). */
const NARROWING = /(?:公共|专业|正|副|非|无|准|见习|实习|后勤|行政|其他|其它)$/;

/** The vocabulary code of a subject (simplified text), matched at its head noun: 乡镇卫生院执业医师 → physicians. */
export function codeOf(subjectText: string, vocab: ReaderVocab, prefer: CodeDomain[] = []): { code: string; domain: CodeDomain } | null {
  let best: VocabTerm | null = null;
  let bestRank = Infinity;
  // a table's row label may end with its unit (注册护士数（人）, folded to half-width brackets by the view)
  const subject = subjectText.replace(/\((?:人|名|万人|人次|%)\)$/, '');
  const bare = subject.replace(CATEGORY_SUFFIX, '');
  // 全科医生数, 注册护士数, 全科医生数量: the count of a cadre names the cadre
  const counted = subject.replace(/(?<=.)数量?$/, '');
  for (const t of vocab.terms) {
    const category = t.domain === 'title' || t.domain === 'education';
    for (const head of category ? [subject, bare] : [subject, counted]) {
      const i = head.lastIndexOf(t.alias);
      // the alias must be the head noun (at the end), not narrowed by what is printed before it
      if (i < 0 || i + t.alias.length !== head.length) continue;
      if (i > 0 && NARROWING.test(head.slice(0, i))) continue;
      const pref = prefer.indexOf(t.domain);
      const rank = (pref < 0 ? prefer.length : pref) * 1000 - t.alias.length;
      if (rank < bestRank) { best = t; bestRank = rank; }
    }
  }
  return best ? { code: best.code, domain: best.domain } : null;
}
